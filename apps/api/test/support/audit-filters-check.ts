/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are arbitrary JSON */
import { type ApiConfig, AuditService, Clock, DatabaseService } from '@pioneer/api-core';
import { type Harness, TODAY, TOKENS } from './api-harness';

/** 20:00 UTC on TODAY is 04:00 the next day in Shenzhen (the tests' API runs on Asia/Shanghai). */
const LATE_EVENING_UTC = `${TODAY}T20:00:00.000Z`;
const NEXT_DAY = '2025-06-02';

/**
 * GET /api/audit/events with filters, checked against the whole log read page by page without
 * them: each filter and combination keeps exactly the events it names, newest first, with their
 * count as `total`; bad values are one 400 naming each parameter by JSON pointer; nothing changes.
 * `app` is an application that has been submitted, reviewed by rita and approved.
 */
export async function checkAuditLogFilters(api: Harness, config: ApiConfig, app: { id: string; number: string }, conforms: (schema: string, value: unknown) => void): Promise<void> {
  // One event recorded as if late on TODAY in UTC: already the next day in the API's time zone.
  const lateClock = new Clock({ ...config, fixedNow: LATE_EVENING_UTC });
  const database = api.app.get(DatabaseService);
  await database.write((manager) =>
    new AuditService(lateClock).record(manager, { subject: 'tz-probe', role: 'admin' }, { action: 'organisation.update', entityType: 'organisation', entityId: 'tz-probe-org', details: {} }),
  );
  const whole = await wholeLog(api);
  const before = (await api.call('GET', '/api/audit/verify')).body;
  expect(before).toMatchObject({ ok: true, events: whole.length });

  const narrowed = async (query: string, keep: (e: any) => boolean) => {
    const res = await api.call('GET', `/api/audit/events?perPage=200&${query}`);
    expect([query, res.status]).toEqual([query, 200]);
    conforms('AuditLogPage', res.body);
    const expected = whole.filter(keep).map((e) => e.seq);
    expect([query, res.body.total, res.body.data.map((e: any) => e.seq)]).toEqual([query, expected.length, expected]);
    return res.body.data;
  };
  const mine = (e: any) => e.entityType === 'application' && e.entityId === app.id;
  expect(await narrowed('action=application.approve', (e) => e.action === 'application.approve')).toEqual(
    expect.arrayContaining([expect.objectContaining({ entityId: app.id, applicationNumber: app.number })]),
  );
  await narrowed('actor=rita', (e) => e.actor === 'rita');
  expect((await narrowed(`entity=${encodeURIComponent(app.number)}`, mine)).map((e: any) => e.action)).toEqual([
    'application.approve',
    'application.recommend',
    'review.declare',
    'application.assign',
    'application.submit',
    'application.create',
  ]);
  await narrowed(`entity=${app.id}`, mine);
  await narrowed('entity=tz-probe-org', (e) => e.entityId === 'tz-probe-org');
  await narrowed('entity=SZAI-1999-999999', () => false);
  await narrowed('action=review.declare&actor=rita', (e) => e.action === 'review.declare' && e.actor === 'rita');
  await narrowed(`action=application.approve&entity=${encodeURIComponent(app.number)}`, (e) => mine(e) && e.action === 'application.approve');
  await narrowed(`actor=alice&entity=${app.id}`, (e) => mine(e) && e.actor === 'alice');
  // Days are the API's (Asia/Shanghai): the late-evening UTC event falls on the next day.
  await narrowed(`from=${TODAY}&to=${TODAY}`, (e) => e.actor !== 'tz-probe');
  await narrowed(`from=${NEXT_DAY}`, (e) => e.actor === 'tz-probe');
  await narrowed(`to=${TODAY}&action=organisation.update`, (e) => e.action === 'organisation.update' && e.actor !== 'tz-probe');
  await narrowed('to=2025-05-31', () => false);
  await narrowed(`action=session.sign-in&from=${TODAY}&actor=nobody`, () => false);
  // An empty value is no filter (as the application lists treat `status=`).
  await narrowed('action=&actor=&entity=', () => true);

  // Paging a filtered log: the total stays, pages follow each other, past the end is empty.
  const trail = whole.filter(mine).map((e) => e.seq);
  const second = await api.call('GET', `/api/audit/events?entity=${app.id}&perPage=4&page=2`);
  expect([second.body.total, second.body.data.map((e: any) => e.seq)]).toEqual([trail.length, trail.slice(4, 8)]);
  expect((await api.call('GET', `/api/audit/events?entity=${app.id}&perPage=4&page=3`)).body).toEqual({ data: [], total: trail.length });

  const refused = async (query: string, pointers: string[]) => {
    const res = await api.call('GET', `/api/audit/events?${query}`);
    expect([query, res.status, res.body.error, res.body.issues?.map((i: any) => i.pointer)]).toEqual([query, 400, 'invalid-query', pointers]);
    for (const issue of res.body.issues) expect(Object.keys(issue.message).sort()).toEqual(['en', 'zh-CN']);
    return res.body;
  };
  expect((await refused('action=application.explode', ['/action'])).issues[0].message.en).toContain('application.approve');
  await refused('action=application.approve&action=application.reject', ['/action']);
  await refused(`actor=${'x'.repeat(201)}`, ['/actor']);
  await refused(`entity=${'e'.repeat(65)}`, ['/entity']);
  await refused('from=2025-02-30&to=2025-13-01', ['/from', '/to']);
  await refused('from=1999-12-31', ['/from']);
  await refused('from=2025-06-02&to=2025-06-01', ['/to']);
  await refused('from=20250601', ['/from']);
  await refused('who=alice', ['/who']);
  await refused('perPage=201&page=0', ['/page', '/perPage']);
  // Filtering is the admins' as the log is.
  expect((await api.call('GET', '/api/audit/events?action=application.approve', { token: TOKENS.approver })).status).toBe(403);

  // Reading changed nothing: the same chain, the same events.
  expect((await api.call('GET', '/api/audit/verify')).body).toEqual(before);
  expect(await wholeLog(api)).toEqual(whole);
}

/** Every event, newest first, read without filters a page of 200 at a time. */
async function wholeLog(api: Harness): Promise<any[]> {
  const events: any[] = [];
  for (let page = 1; ; page++) {
    const res = await api.call('GET', `/api/audit/events?perPage=200&page=${page}`);
    events.push(...res.body.data);
    if (events.length >= res.body.total || res.body.data.length === 0) return events;
  }
}
