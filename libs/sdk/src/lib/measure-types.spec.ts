import { expectTypeOf } from 'expect-type';
import computeVoucher from '../generated/offline/compute-voucher.gen';
import type { ComputeVoucherApplication } from '../generated/measures.gen';
import { createClient } from './client';
import type { Draft } from './types';

// Type tests: `nx run sdk:typecheck` (tsc) fails if a `@ts-expect-error` below stops being an
// error, i.e. if a wrong field or type in a measure's payload would compile. Jest runs the file
// too, so the calls it makes are real (they fail fast on a refused connection).
const client = createClient({ baseUrl: 'http://127.0.0.1:9', retries: 0 });

describe("a measure's payload is typed by its schema", () => {
  it('types each measure client by its application form', () => {
    expectTypeOf(client.measures.computeVoucher.create).parameter(0).toEqualTypeOf<Draft<ComputeVoucherApplication>>();
    expectTypeOf<ComputeVoucherApplication['contract']['amount']>().toBeNumber();
    expectTypeOf(computeVoucher.estimate).parameter(0).toEqualTypeOf<Draft<ComputeVoucherApplication>>();
  });

  it('refuses a field the form does not have, and a value of the wrong type, at compile time', async () => {
    const refused = [
      // @ts-expect-error `contract.amountYuan` is not a field of the compute-voucher form
      () => client.measures.computeVoucher.create({ contract: { amountYuan: 8000000 } }),
      // @ts-expect-error an amount is integer fen (a number), not a string
      () => client.measures.computeVoucher.create({ contract: { amount: '8000000' } }),
      // @ts-expect-error `compute.purpose` is one of the schema's enum values
      () => client.measures.computeVoucher.update('id', { compute: { purpose: 'mining' } }),
      // @ts-expect-error the offline engine is typed by the same form
      () => computeVoucher.estimate({ applicant: { kind: 42 } }),
    ];
    // At run time the wrong payloads reach the engine or the (absent) server and are refused there too.
    expect(computeVoucher.validate({ applicant: { kind: 42 } } as never).map((issue) => issue.pointer)).toContain('/applicant/kind');
    await expect(refused[0]()).rejects.toMatchObject({ name: 'PioneerApiError', status: 0, code: 'network-error' });
  });

  it('accepts a partial draft of the right shape', () => {
    expectTypeOf(client.measures.computeVoucher.create).toBeCallableWith({ contract: { amount: 800_000_000 } });
  });
});
