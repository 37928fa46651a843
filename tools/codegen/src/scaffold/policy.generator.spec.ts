import path from 'node:path';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { compilePolicy, type PolicyBundle } from '@pioneer/engine';
import { readPolicyBundle } from '@pioneer/policy-loader';
import { REPO } from '../testing/run-in-node.util';
import { measureGenerator } from './measure.generator';
import { policyGenerator } from './policy.generator';

const SCHEMAS = path.join(REPO, 'schemas');
const shared = readPolicyBundle(path.join(SCHEMAS, 'policies/shenzhen-ai-2024'), SCHEMAS).bundle!;

describe('nx g @pioneer/codegen:policy', () => {
  it('writes a policy.json the engine accepts, with placeholders it warns about, ready for a first measure', () => {
    const tree = createTreeWithEmptyWorkspace();
    policyGenerator(tree, { code: 'x-district-2026', level: 'district', from: '2026-01-01', to: '2027-12-31' });
    measureGenerator(tree, { code: 'x-top-up', family: 'matching', policy: 'x-district-2026', clause: 1 });
    const read = (file: string) => JSON.parse(tree.read(`schemas/policies/x-district-2026/${file}`, 'utf-8')!) as unknown;
    const bundle: PolicyBundle = {
      policy: { file: 'policies/x-district-2026/policy.json', json: read('policy.json') },
      measures: [{ file: 'policies/x-district-2026/measures/x-top-up.json', json: read('measures/x-top-up.json') }],
      common: shared.common,
      meta: shared.meta,
    };
    const { policy, problems, warnings } = compilePolicy(bundle);
    expect(problems).toEqual([]);
    expect(policy?.info).toMatchObject({ code: 'x-district-2026', level: 'district', validity: { from: '2026-01-01', to: '2027-12-31' } });
    expect(warnings.map((w) => w.file)).toEqual([
      'policies/x-district-2026/policy.json',
      'policies/x-district-2026/measures/x-top-up.json',
    ]);
  });

  it('refuses a bad code, level or window, and an existing policy, saying what to give', () => {
    const tree = createTreeWithEmptyWorkspace();
    const make = (over: object) => () =>
      policyGenerator(tree, { code: 'x-p', level: 'city', from: '2026-01-01', to: '2026-12-31', ...over });
    expect(make({ code: 'X P' })).toThrow("the code 'X P' must be kebab-case");
    expect(make({ level: 'county' })).toThrow("unknown level 'county' (one of: national, provincial, city, district)");
    expect(make({ to: '2025-12-31' })).toThrow('--to 2025-12-31 is before --from 2026-01-01');
    make({})();
    expect(make({})).toThrow('schemas/policies/x-p/policy.json already exists');
  });
});
