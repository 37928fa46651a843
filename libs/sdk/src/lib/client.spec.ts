import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, PioneerApiError, type ApplicationRecord } from '../index';

/** What the server saw of one request. */
interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string>; raw?: string } | 'drop';

/**
 * A real HTTP server on a free port: it records every request and answers from a queue of
 * replies (then 200 `{}`); 'drop' closes the connection without an answer (a network failure).
 */
class TinyServer {
  readonly seen: Seen[] = [];
  private replies: Reply[] = [];
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  reply(...replies: Reply[]): void {
    this.replies.push(...replies);
  }

  reset(): void {
    this.seen.length = 0;
    this.replies = [];
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      this.seen.push({ method: req.method!, url: req.url!, headers: req.headers, body: text ? JSON.parse(text) : undefined });
      const reply = this.replies.shift() ?? { status: 200, body: {} };
      if (reply === 'drop') {
        req.socket.destroy();
        return;
      }
      res.writeHead(reply.status, { 'content-type': reply.raw === undefined ? 'application/json' : 'text/html', ...reply.headers });
      res.end(reply.raw ?? (reply.body === undefined ? '' : JSON.stringify(reply.body)));
    });
  }
}

const server = new TinyServer();
beforeAll(() => server.start());
afterAll(() => server.stop());
beforeEach(() => server.reset());

const client = () => createClient({ baseUrl: `${server.url}/`, token: 'district-key', retryDelayMs: 1 });

const record = (over: Partial<ApplicationRecord> = {}): ApplicationRecord => ({
  id: '6f1c1b8e-4a57-4d2b-9a59-0d5f2b1f0a11',
  number: 'SZAI-2025-000001',
  policy: 'shenzhen-ai-2024',
  measure: 'compute-voucher',
  status: 'draft',
  version: null,
  applicantId: null,
  district: null,
  data: {},
  decision: null,
  amount: null,
  approvedAmount: null,
  paidAmount: 0,
  budgetCode: null,
  budgetYear: null,
  statusReason: null,
  submittedAt: null,
  createdAt: '2025-06-01T08:00:00.000Z',
  updatedAt: '2025-06-01T08:00:00.000Z',
  ...over,
});

describe('typed measure methods', () => {
  it('create POSTs the draft as JSON to the measure’s applications, with the bearer token', async () => {
    server.reply({ status: 201, body: record({ data: { contract: { amount: 100 } } }) });
    const created = await client().measures.computeVoucher.create({ contract: { amount: 100 } });
    expect(created.data.contract?.amount).toBe(100);
    const [req] = server.seen;
    expect(req).toMatchObject({ method: 'POST', url: '/api/measures/compute-voucher/applications', body: { contract: { amount: 100 } } });
    expect(req.headers.authorization).toBe('Bearer district-key');
    expect(req.headers['content-type']).toBe('application/json');
  });

  it('update PATCHes, get GETs one application by id', async () => {
    const measure = client().measures.computeVoucher;
    await measure.update('a/b', { compute: { modelName: 'M' } });
    await measure.get('abc');
    expect(server.seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      'PATCH /api/measures/compute-voucher/applications/a%2Fb',
      'GET /api/measures/compute-voucher/applications/abc',
    ]);
    expect(server.seen[0].body).toEqual({ compute: { modelName: 'M' } });
  });

  it('list sends page, perPage, status, sort and order as the query, leaving out what is not given', async () => {
    server.reply({ status: 200, body: { data: [record()], total: 41 } });
    const page = await client().measures.computeVoucher.list({ page: 2, perPage: 20, status: 'submitted', sort: 'amount', order: 'DESC' });
    expect(page.total).toBe(41);
    expect(server.seen[0].url).toBe('/api/measures/compute-voucher/applications?page=2&perPage=20&status=submitted&sort=amount&order=DESC');
    await client().measures.computeVoucher.list();
    expect(server.seen[1].url).toBe('/api/measures/compute-voucher/applications');
  });

  it('list sends the keyword q and sorts by the readable number', async () => {
    server.reply({ status: 200, body: { data: [record()], total: 1 } });
    const page = await client().measures.computeVoucher.list({ q: 'SZAI-2025', sort: 'number', order: 'ASC' });
    expect(page.data[0].number).toBe('SZAI-2025-000001');
    expect(server.seen[0].url).toBe('/api/measures/compute-voucher/applications?q=SZAI-2025&sort=number&order=ASC');
  });

  it("the registry's calls: organisations and users listed, read, created, changed; API keys issued and revoked", async () => {
    const { identity, backoffice } = client();
    await identity.organisations.list({ district: 'nanshan', page: 2 });
    await identity.organisations.get('o-1');
    await identity.users.create({ username: 'u', role: 'reviewer' });
    await identity.users.update('u 1', { active: false });
    await identity.apiKeys.create({ name: 'k', district: 'nanshan' });
    await identity.apiKeys.revoke('k-1');
    await identity.apiKeys.list({ q: '50% 南山' });
    await backoffice.exportApplications('compute-voucher', 'csv', ['a', 'b']);
    await backoffice.exportJobs.start({ kind: 'ledger', policy: 'p', budget: 'b', year: 2025, format: 'xlsx' });
    await backoffice.exportJobs.list({ page: 2 });
    await backoffice.exportJobs.get('j 1');
    await backoffice.exportJobs.file('j-1');
    expect(server.seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /api/organisations?district=nanshan&page=2',
      'GET /api/organisations/o-1',
      'POST /api/users',
      'PATCH /api/users/u%201',
      'POST /api/api-keys',
      'POST /api/api-keys/k-1/revoke',
      'GET /api/api-keys?q=50%25%20%E5%8D%97%E5%B1%B1',
      'GET /api/exports/applications?measure=compute-voucher&format=csv&ids=a%2Cb',
      'POST /api/export-jobs',
      'GET /api/export-jobs?page=2',
      'GET /api/export-jobs/j%201',
      'GET /api/export-jobs/j-1/file',
    ]);
    expect(server.seen[3].body).toEqual({ active: false });
    expect(server.seen[8].body).toEqual({ kind: 'ledger', policy: 'p', budget: 'b', year: 2025, format: 'xlsx' });
  });

  it('approveMany posts the ids in their order and the comment, answering each outcome', async () => {
    const refused = { statusCode: 409, error: 'budget-exhausted', message: { 'zh-CN': '预算不足', en: 'Budget exhausted' } };
    server.reply({ status: 200, body: { results: [{ id: 'b', number: 'SZAI-2025-000002', outcome: 'approved', approvedAmount: 100 }, { id: 'a', outcome: 'refused', error: refused }], approved: 1, refused: 1 } });
    const answer = await client().backoffice.approveMany(['b', 'a'], '委员会通过');
    await client().backoffice.approveMany(['c']);
    expect(server.seen.map((r) => [`${r.method} ${r.url}`, r.body])).toEqual([
      ['POST /api/approvals', { ids: ['b', 'a'], comment: '委员会通过' }],
      ['POST /api/approvals', { ids: ['c'] }],
    ]);
    const [first, second] = answer.results;
    expect(first.outcome === 'approved' && first.approvedAmount).toBe(100);
    expect(second.outcome === 'refused' && second.error.error).toBe('budget-exhausted');
  });

  it('estimate sends the form and asOf; eligibility sends the form', async () => {
    server.reply({ status: 200, body: { status: 'eligible' } }, { status: 200, body: { status: 'possible', rules: [] } });
    const decision = await client().measures.computeVoucher.estimate({ contract: { amount: 5 } }, { asOf: '2025-06-01' });
    const eligibility = await client().measures.computeVoucher.eligibility({ applicant: { kind: 'enterprise' } });
    expect(decision.status).toBe('eligible');
    expect(eligibility.status).toBe('possible');
    expect(server.seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /api/measures/compute-voucher/estimate?asOf=2025-06-01',
      'POST /api/measures/compute-voucher/eligibility',
    ]);
    expect(server.seen[1].body).toEqual({ applicant: { kind: 'enterprise' } });
  });

  it('checks drafts against the measure’s generated type', () => {
    const typed = () =>
      client().measures.computeVoucher.create({
        // @ts-expect-error amounts are integer fen (number), never strings
        contract: { amount: '100' },
      });
    expect(typeof typed).toBe('function');
  });
});

describe('generic calls', () => {
  it('applications(code) reaches any measure by code, untyped', async () => {
    server.reply({ status: 201, body: record({ measure: 'some-new-measure' }) });
    const created = await client().applications('some-new-measure').create({ anything: 1 });
    expect(created.measure).toBe('some-new-measure');
    expect(server.seen[0].url).toBe('/api/measures/some-new-measure/applications');
  });

  it('catalogue and health GET their endpoints; a token function is asked on every call', async () => {
    let calls = 0;
    const c = createClient({ baseUrl: server.url, token: async () => `t${++calls}` });
    server.reply({ status: 200, body: [] }, { status: 200, body: { status: 'ok' } });
    expect(await c.catalogue()).toEqual([]);
    expect(await c.health()).toEqual({ status: 'ok' });
    expect(server.seen.map((r) => `${r.url} ${r.headers.authorization}`)).toEqual(['/api/measures Bearer t1', '/api/health Bearer t2']);
  });
});

describe('submit and retries', () => {
  it('submit sends one idempotency key, the same on every retry after a 503', async () => {
    server.reply(
      { status: 503, body: { statusCode: 503, error: 'unavailable', message: { 'zh-CN': '忙', en: 'busy' } } },
      { status: 503, headers: { 'retry-after': '0' } },
      { status: 200, body: record({ status: 'submitted' }) },
    );
    const submitted = await client().measures.computeVoucher.submit('abc');
    expect(submitted.status).toBe('submitted');
    expect(server.seen).toHaveLength(3);
    const keys = server.seen.map((r) => r.headers['idempotency-key']);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(keys).size).toBe(1);
    expect(server.seen[0]).toMatchObject({ method: 'POST', url: '/api/measures/compute-voucher/applications/abc/submit', body: undefined });
  });

  it('two submits get two keys; a given key is sent as it is', async () => {
    await client().measures.computeVoucher.submit('abc');
    await client().measures.computeVoucher.submit('abc');
    await client().measures.computeVoucher.submit('abc', { idempotencyKey: 'mine-1' });
    const keys = server.seen.map((r) => r.headers['idempotency-key']);
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[2]).toBe('mine-1');
  });

  it('retries a submit after a dropped connection with the same key', async () => {
    server.reply('drop', { status: 200, body: record({ status: 'submitted' }) });
    await client().measures.computeVoucher.submit('abc');
    expect(server.seen).toHaveLength(2);
    expect(server.seen[0].headers['idempotency-key']).toBe(server.seen[1].headers['idempotency-key']);
  });

  it('does not resend a create whose connection dropped (it may have been saved): a network error', async () => {
    server.reply('drop');
    const error = await client()
      .measures.computeVoucher.create({})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PioneerApiError);
    expect(error).toMatchObject({ status: 0, code: 'network-error' });
    expect(server.seen).toHaveLength(1);
  });

  it('gives up after `retries` and reports the last 503', async () => {
    server.reply({ status: 503 }, { status: 503 }, { status: 503 });
    const error = await createClient({ baseUrl: server.url, retries: 1, retryDelayMs: 1 })
      .health()
      .catch((e: unknown) => e);
    expect(server.seen).toHaveLength(2);
    expect(error).toMatchObject({ status: 503, code: 'http-503' });
  });
});

describe('typed errors', () => {
  it('a 400 becomes a PioneerApiError with the API’s code, bilingual message and issues by pointer', async () => {
    const issues = [
      {
        pointer: '/contract/amount',
        message: { 'zh-CN': '服务合同金额（分）不得小于 0', en: 'Service contract amount (fen) must be at least 0' },
      },
    ];
    server.reply({
      status: 400,
      body: {
        statusCode: 400,
        error: 'validation-failed',
        message: { 'zh-CN': '申请表有 1 处问题', en: 'The application has 1 problem(s)' },
        issues,
      },
    });
    const error = await client()
      .measures.computeVoucher.submit('abc')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PioneerApiError);
    expect(error).toBeInstanceOf(Error);
    const e = error as PioneerApiError;
    expect({ status: e.status, code: e.code, message: e.message, issues: e.issues }).toEqual({
      status: 400,
      code: 'validation-failed',
      message: { 'zh-CN': '申请表有 1 处问题', en: 'The application has 1 problem(s)' },
      issues,
    });
    expect(e.stack?.split('\n')[0]).toBe('PioneerApiError: 400 validation-failed: The application has 1 problem(s)');
    expect(String(e)).toBe('PioneerApiError: 400 validation-failed: The application has 1 problem(s)');
    expect(server.seen).toHaveLength(1);
  });

  it('an answer that is not the API’s error body still becomes a PioneerApiError naming the status', async () => {
    server.reply({ status: 502, raw: '<html>Bad gateway</html>' });
    const error = await client()
      .measures.computeVoucher.get('abc')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, code: 'http-502', message: { en: 'The server answered with an error (HTTP 502)' } });
  });
});
