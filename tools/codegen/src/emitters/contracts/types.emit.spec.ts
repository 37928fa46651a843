import { importFrom, REPO, runInNode } from '../../testing/run-in-node.util';

/**
 * How application types are named: shared definitions by their schema title, once; everything
 * else by its path in the form; a shared definition changed where it is used becomes a type of
 * its own; names never clash. Runs emitTypes on hand-made IR in a child Node (json-schema-to-
 * typescript loads prettier, which Jest cannot: see run-in-node.util.ts).
 */
const SCRIPT = `
${importFrom('emitTypes', 'emitters/contracts/types.emit')}
import { inlineRefs } from '@pioneer/engine';
${importFrom('measureNames', 'ir/names')}
import { readPolicyBundle } from '@pioneer/policy-loader';
import path from 'node:path';

const schemas = path.join(${JSON.stringify(REPO)}, 'schemas');
const { bundle } = readPolicyBundle(path.join(schemas, 'policies/shenzhen-ai-2024'), schemas);
const byId = new Map(bundle.common.map((s) => [s.json.$id, s.json]));
const label = (en) => ({ 'zh-CN': en, en });
const common = (file, extra = {}) => ({ $ref: '../../../common/' + file, 'x-label': label(file), ...extra });

function measure(code, properties) {
  const schema = inlineRefs({ $id: 'https://schemas.pioneer.dev/policies/p/measures/' + code + '.json', title: 'Ignored', type: 'object', additionalProperties: false, properties }, byId);
  return { names: measureNames(code), hasForm: true, schema, sourceFile: 'schemas/policies/p/measures/' + code + '.json' };
}

const measures = [
  measure('a-b', {
    applicant: common('organisation.json'),
    project: common('funded-project.json', { required: ['name', 'reference', 'auditedInvestment'] }),
    c: { type: 'object', 'x-label': label('C'), properties: { when: common('date.json') } },
    team: { type: 'array', 'x-label': label('Team'), items: { type: 'object', title: 'Member', properties: { name: { type: 'string', 'x-label': label('Name') } } } },
  }),
  measure('a', { bC: { type: 'object', 'x-label': label('BC'), properties: { amount: common('money.json') } } }),
  measure('informational', {}),
];
measures[2].hasForm = false;

emitTypes([{ folder: 'schemas/policies/p', bundle: { common: bundle.common }, measures }]).then((files) => {
  console.log(JSON.stringify(Object.fromEntries(files.map((f) => [f.path.replace('libs/contracts/src/generated/', ''), f.content]))));
});
`;

const files = runInNode<Record<string, string>>(SCRIPT);
const declared = (text: string) => [...text.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]);

describe('emitTypes', () => {
  it('writes one file per measure with a form, the shared definitions and an index', () => {
    expect(Object.keys(files).sort()).toEqual(['types.gen.ts', 'types/_common.gen.ts', 'types/a-b.gen.ts', 'types/a.gen.ts']);
  });

  it('declares each shared definition once, named by its title, and refers to it where it is used unchanged', () => {
    expect(declared(files['types/_common.gen.ts'])).toEqual(
      expect.arrayContaining(['Organisation', 'FundedProject', 'MoneyFen', 'CalendarDate', 'ShenzhenDistrict', 'OrganisationContact']),
    );
    expect(files['types/a-b.gen.ts']).toMatch(/^import type \{ CalendarDate, MoneyFen, Organisation \} from '\.\/_common\.gen';$/m);
    expect(files['types/a-b.gen.ts']).toMatch(/^\s*applicant\?: Organisation;?$/m);
    expect(files['types/a-b.gen.ts']).not.toMatch(/export interface Organisation/);
  });

  it('gives a shared definition changed where it is used (a required field added) a type of its own', () => {
    expect(files['types/a-b.gen.ts']).toMatch(/^\s*project\?: ABProject;?$/m);
    expect(files['types/a-b.gen.ts']).toMatch(/export interface ABProject \{[^}]*\n\s*auditedInvestment: MoneyFen;?\n/);
  });

  it('names nested objects and array items by their path, never NoName, and keeps every name unique', () => {
    const all = Object.values(files).flatMap(declared);
    // 'a' comes first: its `bC` takes ABC, and the `c` of 'a-b' gets ABC2.
    expect(declared(files['types/a.gen.ts'])).toEqual(['AApplication', 'ABC']);
    expect(declared(files['types/a-b.gen.ts'])).toEqual(['ABApplication', 'ABProject', 'ABProjectSeniorSupportItem', 'ABC2', 'ABTeamItem']);
    expect(new Set(all).size).toBe(all.length);
    expect(Object.values(files).join('\n')).not.toMatch(/NoName|Member|Ignored/);
  });

  it('carries labels and descriptions into the JSDoc', () => {
    expect(files['types/a-b.gen.ts']).toMatch(/\* team · team\n/i);
    expect(files['types/_common.gen.ts']).toMatch(/An amount of Chinese yuan in integer fen/);
  });

  it('maps each measure code to its application type', () => {
    expect(files['types.gen.ts']).toContain("export type * from './types/_common.gen';");
    expect(files['types.gen.ts']).toMatch(/export interface MeasureApplications \{\n {2}"a": AApplication;\n {2}"a-b": ABApplication;\n\}/);
    expect(files['types.gen.ts']).not.toContain('informational');
  });
});
