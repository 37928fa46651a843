import { POLICY_BUNDLES } from '@pioneer/contracts';
import { organisationKinds, policyDistricts } from './registry-vocabulary.util';

describe('the registry vocabulary comes from the schemas', () => {
  it("lists the policies' districts and organisation kinds exactly as the shared definitions give them", () => {
    const common = POLICY_BUNDLES.flatMap(({ bundle }) => bundle.common.map((f) => f.json as { 'x-kind'?: string; enum?: string[]; properties?: { kind?: { enum?: string[] } } }));
    const districts = common.find((s) => s['x-kind'] === 'district')!.enum!;
    expect(policyDistricts()).toEqual(districts);
    expect(policyDistricts().length).toBeGreaterThan(1);
    expect(organisationKinds()).toEqual(common.find((s) => s['x-kind'] === 'organisation')!.properties!.kind!.enum);
  });
});
