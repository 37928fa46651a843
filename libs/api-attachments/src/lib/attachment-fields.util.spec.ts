import type { CompiledMeasure, FieldEntry } from '@pioneer/engine';
import { attachmentFields, DEFAULT_MAX_BYTES, referencesIn } from './attachment-fields.util';

const ref = (properties: Record<string, unknown> = {}) => ({
  type: 'object',
  'x-kind': 'attachment',
  properties: { size: { type: 'integer', maximum: 104857600 }, mediaType: { enum: ['application/pdf', 'image/png'] }, ...properties },
});
const field = (pointer: string, schema: Record<string, unknown>, itemSchema?: Record<string, unknown>) =>
  ({ path: pointer.slice(1).replace(/\//g, '.'), pointer, type: itemSchema ? 'list' : 'object', label: { 'zh-CN': pointer, en: pointer }, ui: {}, required: false, schema, itemSchema }) as unknown as FieldEntry;
const measureWith = (...fields: FieldEntry[]) => ({ fields: new Map(fields.map((f) => [f.path, f])) }) as unknown as CompiledMeasure;

describe('attachmentFields', () => {
  it('finds lists and single references marked x-kind: attachment, with the limits their schema declares', () => {
    const measure = measureWith(
      field('/attachments/contract', { type: 'array' }, ref()),
      // A measure narrowing one field: PDF only, at most 1 MiB.
      field('/attachments/scan', { type: 'array' }, ref({ size: { maximum: 1048576 }, mediaType: { enum: ['application/pdf'] } })),
      field('/licence', ref({ size: {} })),
      field('/applicant/name', { type: 'string' }),
      field('/tags', { type: 'array' }, { type: 'string' }),
    );
    expect(attachmentFields(measure)).toEqual([
      { pointer: '/attachments/contract', label: expect.any(Object), list: true, maxBytes: 104857600, mediaTypes: ['application/pdf', 'image/png'] },
      { pointer: '/attachments/scan', label: expect.any(Object), list: true, maxBytes: 1048576, mediaTypes: ['application/pdf'] },
      { pointer: '/licence', label: expect.any(Object), list: false, maxBytes: DEFAULT_MAX_BYTES, mediaTypes: ['application/pdf', 'image/png'] },
    ]);
  });
});

describe('referencesIn', () => {
  it('locates every reference by JSON pointer, inside lists of lists too, ignoring what is not there', () => {
    const fields = attachmentFields(measureWith(field('/attachments/contract', { type: 'array' }, ref()), field('/projects/*/evidence', { type: 'array' }, ref()), field('/licence', ref())));
    const data = { attachments: { contract: [{ id: 'a' }, { id: 'b' }] }, projects: [{ evidence: [{ id: 'c' }] }, { name: 'no evidence' }] };
    expect(referencesIn(fields, data).map((r) => [r.pointer, r.value])).toEqual([
      ['/attachments/contract/0', { id: 'a' }],
      ['/attachments/contract/1', { id: 'b' }],
      ['/projects/0/evidence/0', { id: 'c' }],
    ]);
    expect(referencesIn(fields, { attachments: { contract: 'not a list' }, __proto__: { licence: { id: 'x' } } })).toEqual([]);
  });
});
