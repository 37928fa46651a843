/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are arbitrary JSON */
import { POLICY_BUNDLES } from '@pioneer/contracts';
import { policyDistricts } from '@pioneer/api-identity';
import type { Harness } from './api-harness';
import { otherApplicantId } from './measure-fixture';

/** What the search tests need from the identity contract's running API. */
export interface RegistrySearchContext {
  api: Harness;
  /** Checks a body against the OpenAPI document's schema of that name. */
  conforms: (schema: string, value: unknown) => void;
}

const PASSWORD = 'registry-search-passphrase';
const q = (keyword: string) => `q=${encodeURIComponent(keyword)}`;

/** A district's names from the schema (the rows hold its code; people type its name). */
function districtNames(code: string): { 'zh-CN': string; en: string } {
  const district = POLICY_BUNDLES.flatMap(({ bundle }) => bundle.common.map((f) => f.json as any)).find((s) => s['x-kind'] === 'district');
  return district['x-enumLabels'][code];
}

/**
 * `q=` on the organisation, user and API key lists, inside the identity contract (same API,
 * same database): each list finds by each field it searches, case-blind; LIKE's `%`, `_` and
 * `\` are literal; totals count every match across pages; an over-long keyword is a 400 at `/q`.
 * Rows are named so that a wildcard taken as one would match a second row.
 */
export function describeRegistrySearch(context: () => RegistrySearchContext): void {
  describe('keyword search on the registry lists (q=)', () => {
    const districts = policyDistricts();
    const [, , districtC] = districts;
    const ids = (res: { body: any }) => res.body.data.map((row: any) => row.id);
    const list = async (path: string, query: string) => {
      const res = await context().api.call('GET', `${path}?perPage=100&${query}`);
      expect(res.status).toBe(200);
      return res;
    };
    const created: Record<string, any> = {};

    beforeAll(async () => {
      const { api } = context();
      const post = async (url: string, body: unknown) => {
        const res = await api.call('POST', url, { body });
        expect(res.status).toBe(201);
        return res.body;
      };
      const organisation = (seed: string, name: string) => post('/api/organisations', { creditCode: otherApplicantId(seed), name, kind: 'enterprise', district: districtC, registeredOn: '2022-01-01' });
      created.percent = await organisation('SRCHPCT01', '检索百分之100%科技有限公司');
      created.percentLike = await organisation('SRCHPCT02', '检索百分之100X科技有限公司');
      created.underscore = await organisation('SRCHUND01', 'Search_Alpha Robotics Ltd');
      created.underscoreLike = await organisation('SRCHUND02', 'SearchXAlpha Robotics Ltd');
      created.backslash = await organisation('SRCHBSL01', 'Back\\slash 数据有限公司');
      created.applicant = await post('/api/users', { username: 'search-applicant', displayName: '检索用户甲', role: 'applicant', organisationId: created.underscore.id, password: PASSWORD });
      created.officer = await post('/api/users', { username: 'search-officer', displayName: '100% 区级用户', role: 'district-officer', district: districtC, password: PASSWORD });
      created.officerLike = await post('/api/users', { username: 'search-officer-x', displayName: '100X 区级用户', role: 'district-officer', district: districtC, password: PASSWORD });
      created.key = await post('/api/api-keys', { name: '检索门户 100% 甲', district: districtC });
      created.keyLike = await post('/api/api-keys', { name: '检索门户 100X 乙', district: districtC });
    });

    it('finds organisations by name (case-blind), credit code and district code or name, with the total of all matches', async () => {
      const byName = await list('/api/organisations', q('search_alpha ROBOTICS'));
      context().conforms('OrganisationPage', byName.body);
      expect(ids(byName)).toEqual([created.underscore.id]);
      expect(ids(await list('/api/organisations', q(created.percent.creditCode.slice(4).toLowerCase())))).toEqual([created.percent.id]);
      const inDistrict = ids(await list('/api/organisations', `district=${districtC}`)).sort();
      for (const keyword of [districtC.toUpperCase(), districtNames(districtC)['zh-CN'], districtNames(districtC).en]) {
        expect(ids(await list('/api/organisations', q(keyword))).sort()).toEqual(inDistrict);
      }
      const first = await context().api.call('GET', `/api/organisations?perPage=2&page=1&${q('检索百分之')}`);
      const second = await context().api.call('GET', `/api/organisations?perPage=1&page=2&${q('检索百分之')}`);
      expect([first.body.total, first.body.data.length, second.body.total, second.body.data.length]).toEqual([2, 2, 2, 1]);
      expect(ids(second)).toEqual([ids(first)[1]]);
    });

    it('takes %, _ and \\ in a keyword literally, on every list', async () => {
      expect(ids(await list('/api/organisations', q('100%')))).toEqual([created.percent.id]);
      expect(ids(await list('/api/organisations', q('h_a')))).toEqual([created.underscore.id]);
      expect(ids(await list('/api/organisations', q('k\\s')))).toEqual([created.backslash.id]);
      expect(ids(await list('/api/organisations', q('%')))).toEqual([created.percent.id]);
      expect(ids(await list('/api/users', q('100%')))).toEqual([created.officer.id]);
      expect(ids(await list('/api/api-keys', q('100%')))).toEqual([created.key.id]);
      // The one user with an underscore about it is the applicant of Search_Alpha (by its organisation's name).
      expect(ids(await list('/api/users', q('_')))).toEqual([created.applicant.id]);
    });

    it("finds users by user name, name, district and their organisation's name or credit code, within a role filter", async () => {
      const byUsername = await list('/api/users', q('SEARCH-OFFICER'));
      context().conforms('UserPage', byUsername.body);
      expect(ids(byUsername).sort()).toEqual([created.officer.id, created.officerLike.id].sort());
      expect(ids(await list('/api/users', q('检索用户甲')))).toEqual([created.applicant.id]);
      expect(ids(await list('/api/users', q('alpha robotics')))).toEqual([created.applicant.id]);
      expect(ids(await list('/api/users', q(created.underscore.creditCode)))).toEqual([created.applicant.id]);
      const inDistrict = await list('/api/users', q(districtNames(districtC)['zh-CN']));
      expect(ids(inDistrict)).toEqual(expect.arrayContaining([created.officer.id, created.officerLike.id]));
      expect(inDistrict.body.data.every((user: any) => user.district === districtC)).toBe(true);
      expect(ids(await list('/api/users', `role=applicant&${q('search-')}`))).toEqual([created.applicant.id]);
      expect((await list('/api/users', `role=reviewer&${q('search-')}`)).body).toEqual({ data: [], total: 0 });
    });

    it('finds API keys by name, prefix and district, revoked ones too', async () => {
      const byPrefix = await list('/api/api-keys', q(created.keyLike.prefix.toUpperCase()));
      context().conforms('ApiKeyPage', byPrefix.body);
      expect(ids(byPrefix)).toEqual([created.keyLike.id]);
      expect(ids(await list('/api/api-keys', q('检索门户'))).sort()).toEqual([created.key.id, created.keyLike.id].sort());
      await context().api.call('POST', `/api/api-keys/${created.key.id}/revoke`);
      const inDistrict = await list('/api/api-keys', q(districtNames(districtC).en.toLowerCase()));
      expect(ids(inDistrict)).toEqual(expect.arrayContaining([created.key.id, created.keyLike.id]));
      expect(inDistrict.body.data.every((key: any) => key.district === districtC)).toBe(true);
      expect(inDistrict.body.total).toBe(inDistrict.body.data.length);
    });

    it('refuses a keyword over 100 characters with a 400 naming /q in both languages, and takes 100', async () => {
      for (const path of ['/api/organisations', '/api/users', '/api/api-keys']) {
        const refused = await context().api.call('GET', `${path}?${q('检'.repeat(101))}`);
        expect([refused.status, refused.body.error, refused.body.issues.map((i: any) => i.pointer)]).toEqual([400, 'invalid-input', ['/q']]);
        expect(refused.body.issues[0].message).toEqual({ 'zh-CN': expect.stringContaining('100'), en: expect.stringContaining('100') });
        expect((await context().api.call('GET', `${path}?${q('检'.repeat(100))}`)).body).toEqual({ data: [], total: 0 });
        expect((await context().api.call('GET', `${path}?q=`)).status).toBe(200);
      }
    });
  });
}
