import { localiseSchema } from './localise-schema';

const schema = {
  title: 'TrainingRebateApplication',
  description: 'For developers',
  type: 'object',
  required: ['fees'],
  properties: {
    fees: { title: 'MoneyFen', type: 'integer', minimum: 0, 'x-kind': 'money', 'x-label': { 'zh-CN': '培训费用（分）', en: 'Training fees (fen)' }, 'x-help': { 'zh-CN': '含税', en: 'Tax included' } },
    kind: { type: 'string', enum: ['a', 'b'], 'x-label': { 'zh-CN': '类型', en: 'Kind' }, 'x-enumLabels': { a: { 'zh-CN': '甲', en: 'A' }, b: { 'zh-CN': '乙', en: 'B' } } },
    notes: { type: 'string', 'x-label': { 'zh-CN': '说明', en: 'Notes' }, 'x-ui': { widget: 'textarea' } },
    files: { type: 'array', items: { type: 'object', 'x-label': { 'zh-CN': '附件', en: 'Attachment' }, properties: { name: { type: 'string', 'x-label': { 'zh-CN': '文件名', en: 'File name' } } } }, 'x-label': { 'zh-CN': '材料', en: 'Files' } },
  },
};

describe('a measure schema as a form in one language', () => {
  it('titles, help and choices come from the x- labels of that language', () => {
    const zh = localiseSchema(schema, 'zh-CN');
    const props = zh.schema.properties as Record<string, Record<string, unknown>>;
    expect(props.kind.title).toBe('类型');
    expect(zh.uiSchema.kind['ui:enumNames']).toEqual(['甲', '乙']);
    expect(props.notes.title).toBe('说明');
    expect(zh.uiSchema.notes['ui:widget']).toBe('textarea');
    expect(((props.files.items as Record<string, unknown>).properties as Record<string, Record<string, unknown>>).name.title).toBe('文件名');
    const en = localiseSchema(schema, 'en');
    expect((en.schema.properties as Record<string, Record<string, unknown>>).kind.title).toBe('Kind');
    expect(en.uiSchema.kind['ui:enumNames']).toEqual(['A', 'B']);
  });

  it('takes money in yuan: the money widget, and a label without "（分）"', () => {
    const { schema: form, uiSchema } = localiseSchema(schema, 'zh-CN');
    const fees = (form.properties as Record<string, Record<string, unknown>>).fees;
    expect(fees).toMatchObject({ title: '培训费用', description: '含税', type: 'integer', minimum: 0 });
    expect(uiSchema.fees['ui:widget']).toBe('money');
  });

  it("drops the developers' titles and descriptions, and leaves the input unchanged", () => {
    const before = JSON.stringify(schema);
    const { schema: form } = localiseSchema(schema, 'en');
    expect(form.title).toBeUndefined();
    expect(form.description).toBeUndefined();
    expect(form.required).toEqual(['fees']);
    expect(JSON.stringify(schema)).toBe(before);
  });
});
