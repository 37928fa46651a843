import { POLICY_BUNDLES } from '@pioneer/contracts';
import { districtsMatching, organisationKinds, policyDistricts } from './registry-vocabulary.util';

describe('the registry vocabulary comes from the schemas', () => {
  it("lists the policies' districts and organisation kinds exactly as the shared definitions give them", () => {
    const common = POLICY_BUNDLES.flatMap(({ bundle }) => bundle.common.map((f) => f.json as { 'x-kind'?: string; enum?: string[]; properties?: { kind?: { enum?: string[] } } }));
    const districts = common.find((s) => s['x-kind'] === 'district')!.enum!;
    expect(policyDistricts()).toEqual(districts);
    expect(policyDistricts().length).toBeGreaterThan(1);
    expect(organisationKinds()).toEqual(common.find((s) => s['x-kind'] === 'organisation')!.properties!.kind!.enum);
  });

  it('finds a district by its code or its name in either language, case-blind, and nothing by a stranger', () => {
    const district = POLICY_BUNDLES.flatMap(({ bundle }) => bundle.common.map((f) => f.json as { 'x-kind'?: string; enum: string[]; 'x-enumLabels': Record<string, Record<'zh-CN' | 'en', string>> })).find((s) => s['x-kind'] === 'district')!;
    const [code] = district.enum;
    const { 'zh-CN': zh, en } = district['x-enumLabels'][code];
    for (const keyword of [code.toUpperCase(), zh.slice(0, 2), en.toUpperCase()]) expect(districtsMatching(keyword)).toContain(code);
    expect(districtsMatching('no district is called this')).toEqual([]);
  });
});
