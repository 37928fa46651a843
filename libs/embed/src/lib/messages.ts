import type { Label } from '@pioneer/sdk';

/** Every text the form shows besides the schema's own labels, in both languages. */
export const UI = {
  loading: { 'zh-CN': '正在加载申请表…', en: 'Loading the application form…' },
  unknownMeasure: { 'zh-CN': '找不到该措施：请检查 measure 属性', en: 'Unknown measure: check the measure attribute' },
  estimateTitle: { 'zh-CN': '预计资助', en: 'Estimated award' },
  estimateIncomplete: { 'zh-CN': '按已填信息估算，填写完整后得出预计资助金额', en: 'Worked out from what is filled in so far; complete the form for the estimated award' },
  estimateNone: { 'zh-CN': '按所填信息不符合资助条件', en: 'Not eligible with what the form says' },
  traceTitle: { 'zh-CN': '计算过程', en: 'How it is worked out' },
  saveDraft: { 'zh-CN': '保存草稿', en: 'Save draft' },
  submit: { 'zh-CN': '提交申请', en: 'Submit application' },
  draftSaved: { 'zh-CN': '草稿已保存', en: 'Draft saved' },
  submitted: { 'zh-CN': '申请已提交，编号', en: 'Application submitted, number' },
  fixFields: { 'zh-CN': '请改正标出的字段后再提交', en: 'Correct the fields marked, then submit again' },
  signInFirst: { 'zh-CN': '请先登录后再保存或提交', en: 'Sign in before saving or submitting' },
  addItem: { 'zh-CN': '添加一项', en: 'Add an item' },
  removeItem: { 'zh-CN': '删除此项', en: 'Remove this item' },
  upload: { 'zh-CN': '上传文件', en: 'Upload a file' },
  chooseFile: { 'zh-CN': '选择文件上传', en: 'Choose a file to upload' },
  uploaded: { 'zh-CN': '已上传', en: 'Uploaded' },
  choose: { 'zh-CN': '请选择', en: 'Choose' },
  yuanHint: { 'zh-CN': '单位：元，可写“3000万”“1.5亿”', en: 'In yuan; "3000万" and "1.5亿" are understood' },
  required: { 'zh-CN': '（必填）', en: ' (required)' },
} satisfies Record<string, Label>;

export type UiText = keyof typeof UI;
