import type { Label, Lang } from '@pioneer/engine';
import type { ClauseOperator } from './rule-condition';

/** The rules panel's words, in both languages (the Chinese without Latin letters: codes are shown as data beside them). */
export const RULE_TEXT = {
  ruleOrder: { 'zh-CN': '按顺序判断；申请人看到的不符合理由也按此顺序列出。', en: 'Checked in order; an applicant sees the reasons for a refusal in this order too.' },
  moveUp: { 'zh-CN': '上移', en: 'Move up' },
  moveDown: { 'zh-CN': '下移', en: 'Move down' },
  alreadyFirst: { 'zh-CN': '已是第一条', en: 'already the first' },
  alreadyLast: { 'zh-CN': '已是最后一条', en: 'already the last' },
  removeRule: { 'zh-CN': '删除', en: 'Remove' },
  removeTitle: { 'zh-CN': '删除此申报条件？', en: 'Remove this eligibility rule?' },
  removeText: {
    'zh-CN': '发布前不写入文件；测试用例、试算和影响测算随即按删除后的规则重新计算。',
    en: 'Nothing is written before publish; the cases, try-it and what-if are worked out again without it.',
  },
  operator: { 'zh-CN': '判断方式', en: 'Operator' },
  addRule: { 'zh-CN': '新增申报条件', en: 'Add an eligibility rule' },
  ruleCode: { 'zh-CN': '条件编码', en: 'Rule code' },
  ruleCodeHelp: { 'zh-CN': '小写字母开头，由小写字母、数字和单个连字符组成', en: 'Starts with a lower-case letter; lower-case letters, digits and single hyphens' },
  codeRequired: { 'zh-CN': '请填写条件编码', en: 'Enter a code' },
  codePattern: {
    'zh-CN': '编码须以小写字母开头，只含小写字母、数字和单个连字符，且不以连字符结尾',
    en: 'A code starts with a lower-case letter and has only lower-case letters, digits and single hyphens, not at the end',
  },
  codeDuplicate: { 'zh-CN': '本措施已有同一编码的条件', en: 'Another rule of this measure has this code' },
  subject: { 'zh-CN': '判断对象（申请表字段或参数）', en: 'What is checked (a form field or a parameter)' },
  compareWith: { 'zh-CN': '比较对象', en: 'Compared with' },
  aValue: { 'zh-CN': '一个值', en: 'a value' },
  aField: { 'zh-CN': '申请表字段', en: 'a form field' },
  aParameter: { 'zh-CN': '参数', en: 'a parameter' },
  aTimeSince: { 'zh-CN': '距申请日的月数', en: 'months to the application date' },
  values: { 'zh-CN': '可选值（可多选）', en: 'Values (choose any number)' },
  textList: { 'zh-CN': '值（多个值以逗号或顿号分隔）', en: 'Values (separated by commas)' },
  aList: { 'zh-CN': '列出的值', en: 'listed values' },
  value: { 'zh-CN': '值', en: 'Value' },
  fieldOrParameter: { 'zh-CN': '字段或参数', en: 'Field or parameter' },
  yes: { 'zh-CN': '是', en: 'yes' },
  no: { 'zh-CN': '否', en: 'no' },
  join: { 'zh-CN': '多项判断之间', en: 'Between the conditions' },
  addClause: { 'zh-CN': '再加一项判断', en: 'Add another condition' },
  removeClause: { 'zh-CN': '删除此项判断', en: 'Remove this condition' },
  buildMode: { 'zh-CN': '用选项构建判断', en: 'Build the condition from choices' },
  jsonMode: { 'zh-CN': '手写判断式', en: 'Write the expression by hand' },
  expression: { 'zh-CN': '判断式', en: 'Expression' },
  stillNeeded: { 'zh-CN': '还需：', en: 'Still needed: ' },
  needCode: { 'zh-CN': '有效的条件编码', en: 'a valid code' },
  needLabel: { 'zh-CN': '中英文条件名称', en: 'the rule name in both languages' },
  needReason: { 'zh-CN': '中英文不符合理由', en: 'the reason in both languages' },
  listSeparator: { 'zh-CN': '、', en: ', ' },
  needCondition: { 'zh-CN': '完整的判断', en: 'a complete condition' },
  // Not "…publish…" in the button's name: the studio has one button named 发布 / Publish.
  add: { 'zh-CN': '加入此条件', en: 'Add this rule' },
  addNote: { 'zh-CN': '加入后即参与校验、试算和测试用例；发布时才写入措施文件。', en: 'Once added it is checked, tried and run in the cases; publish writes it to the measure file.' },
} as const satisfies Record<string, Record<Lang, string>>;

/** What a value typed for an operand lacks, by the problem `parseValue` names. */
export const VALUE_PROBLEMS: Record<'number' | 'integer' | 'money' | 'rate' | 'date' | 'empty', Record<Lang, string>> = {
  number: { 'zh-CN': '请输入数字', en: 'Enter a number' },
  integer: { 'zh-CN': '请输入整数', en: 'Enter a whole number' },
  money: { 'zh-CN': '请输入金额，如 100万', en: 'Enter an amount, such as 100万 or 1000000' },
  rate: { 'zh-CN': '请输入百分比，如 50%', en: 'Enter a percentage, such as 50%' },
  date: { 'zh-CN': '请选择日期', en: 'Pick a date' },
  empty: { 'zh-CN': '请填写值', en: 'Enter a value' },
};

/** The whole months from a date field to the application date, named after the field. */
export const monthsSinceLabel = (field: Label): Label => ({
  'zh-CN': `自“${field['zh-CN']}”至申请日的整月数`,
  en: `Whole months from ${field.en} to the application date`,
});

/** The operators in words; a comparison's symbol is kept beside them for those who read the JSON. */
export const OPERATOR_TEXT: Record<ClauseOperator | 'and' | 'or', Record<Lang, string>> = {
  '==': { 'zh-CN': '等于', en: 'equals' },
  '!=': { 'zh-CN': '不等于', en: 'differs from' },
  '<': { 'zh-CN': '小于', en: 'is less than' },
  '<=': { 'zh-CN': '不大于', en: 'is at most' },
  '>': { 'zh-CN': '大于', en: 'is more than' },
  '>=': { 'zh-CN': '不小于', en: 'is at least' },
  present: { 'zh-CN': '已填写', en: 'is filled in' },
  absent: { 'zh-CN': '未填写', en: 'is left empty' },
  in: { 'zh-CN': '属于下列之一', en: 'is one of' },
  notIn: { 'zh-CN': '不属于下列任何一项', en: 'is none of' },
  and: { 'zh-CN': '全部满足', en: 'all of them hold' },
  or: { 'zh-CN': '满足其一', en: 'any of them holds' },
};
