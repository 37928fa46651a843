import { localisedCalls } from './localised-calls';

describe('localisedCalls', () => {
  const call = <R>(work: () => Promise<R>) => work().catch((error: Error) => Promise.reject(new Error(`localised: ${error.message}`)));

  it('runs every call through `call`, those of nested groups too (backoffice.exportJobs.start)', async () => {
    const client = {
      budgets: () => Promise.reject(new Error('budgets')),
      exportJobs: { start: (request: { kind: string }) => Promise.resolve(`started ${request.kind}`), get: () => Promise.reject(new Error('get')) },
    };
    const wrapped = localisedCalls(client, call);
    await expect(wrapped.budgets()).rejects.toThrow('localised: budgets');
    await expect(wrapped.exportJobs.start({ kind: 'ledger' })).resolves.toBe('started ledger');
    await expect(wrapped.exportJobs.get()).rejects.toThrow('localised: get');
  });

  it('keeps values that are not calls as they are', () => {
    expect(localisedCalls({ version: '1', missing: null }, call)).toEqual({ version: '1', missing: null });
  });
});
