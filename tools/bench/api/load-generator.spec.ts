import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expectStatus, runLoad } from './load-generator';

/** A local server that answers 201, 500 on /fail, nothing on /hang, and counts what it received. */
function countingServer(): Promise<{ server: Server; origin: string; received: () => number; open: () => number }> {
  let received = 0;
  let open = 0;
  const server = createServer((request, response) => {
    received++;
    request.resume();
    request.on('end', () => {
      if (request.url === '/hang') return; // never answers
      response.writeHead(request.url === '/fail' ? 500 : 201, { 'content-type': 'application/json' });
      response.end('{"id":"x"}');
    });
  });
  server.on('connection', () => open++);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received: () => received, open: () => open }),
    ),
  );
}

describe('the bench:api load generator', () => {
  let target: Awaited<ReturnType<typeof countingServer>>;
  beforeAll(async () => (target = await countingServer()));
  afterAll(() => {
    target.server.closeAllConnections();
    return new Promise((resolve) => target.server.close(resolve));
  });

  it('runs exactly the operations asked for, counts every request, and keeps to its connections', async () => {
    const before = target.received();
    const result = await runLoad(target.origin, { connections: 4, operations: 50 }, async (call) => {
      expectStatus('create', await call('POST', '/things', { body: '{}' }), 201);
      expectStatus('submit', await call('POST', '/things/x/submit'), 201);
    });
    expect(result).toMatchObject({ operations: 50, requests: 100, errors: 0, statuses: { 201: 100 } });
    expect(target.received() - before).toBe(100);
    expect(target.open()).toBeLessThanOrEqual(4);
    expect(result.p50Ms).toBeGreaterThan(0);
    expect(result.p99Ms).toBeGreaterThanOrEqual(result.p50Ms);
    expect(result.perSecond).toBeGreaterThan(0);
  });

  it('counts an unexpected status as an error and keeps the first message', async () => {
    const result = await runLoad(target.origin, { connections: 2, operations: 6 }, async (call) =>
      expectStatus('fail', await call('GET', '/fail'), 200),
    );
    expect(result).toMatchObject({ operations: 6, errors: 6, perSecond: 0 });
    expect(result.firstError).toMatch(/^fail: HTTP 500 \(expected 200\)/);
  });

  it('gives up on a response after requestTimeoutMs and counts it as an error', async () => {
    const result = await runLoad(target.origin, { connections: 1, operations: 1, requestTimeoutMs: 1000 }, async (call) => {
      await call('GET', '/hang');
    });
    expect(result).toMatchObject({ operations: 1, errors: 1 });
    expect(result.firstError).toMatch(/timeout/i);
    expect(result.elapsedMs).toBeLessThan(5000);
  });

  it('stops by itself after a duration', async () => {
    const result = await runLoad(target.origin, { connections: 2, durationMs: 200 }, async (call) =>
      expectStatus('get', await call('GET', '/'), 201),
    );
    expect(result.operations).toBeGreaterThan(0);
    expect(result.elapsedMs).toBeLessThan(2000);
  });
});
