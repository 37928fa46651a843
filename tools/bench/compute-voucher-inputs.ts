/**
 * The compute-voucher applications every contender of benchmarks 1 and 2 receives, in the same
 * order: eligible ones (with and without the startup rate, under and over the cap), ineligible
 * ones (each eligibility rule failing), and invalid forms. Built from the policy's own example.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { usccCheckCharacter } from '@pioneer/engine';

export type Expected = 'eligible' | 'startup' | 'ineligible' | 'invalid';

type Fields = Record<string, unknown>;

/** A compute-voucher application, loosely typed: some inputs are deliberately invalid. */
export interface ComputeVoucherApp {
  applicant: Fields;
  project: Fields;
  contract: Fields;
  compute: Fields;
  attachments: Record<string, Fields[]>;
  declarations: Fields;
}

export interface BenchInput {
  label: string;
  /** What the input is built to exercise; checked against Pioneer before timing. */
  expected: Expected;
  asOf: string;
  app: ComputeVoucherApp;
}

export const POLICY_DIR = 'schemas/policies/shenzhen-ai-2024';

export function readJson<T = unknown>(file: string): T {
  return JSON.parse(readFileSync(path.resolve(file), 'utf8'));
}

/** A well-formed unified social credit code from 17 characters (the 18th is computed). */
function uscc(first17: string): string {
  return first17 + usccCheckCharacter(first17);
}

export function computeVoucherInputs(): BenchInput[] {
  const base = readJson<ComputeVoucherApp>(`${POLICY_DIR}/examples/applications/compute-voucher.json`);
  const make = (label: string, expected: Expected, edit: (app: ComputeVoucherApp) => void, asOf = '2025-06-01'): BenchInput => {
    const app = structuredClone(base);
    edit(app);
    return { label, expected, asOf, app };
  };
  return [
    make('example (enterprise, 50%)', 'eligible', () => undefined),
    make('startup, 60%', 'startup', (a) => {
      a.applicant.registeredOn = '2024-05-20';
      a.applicant.creditCode = uscc('91440300MA5F0000A');
      a.contract.amount = 123_456_789;
    }),
    make('startup by one day (35 months)', 'startup', (a) => {
      a.applicant.registeredOn = '2022-06-02';
      a.contract.amount = 98_765_432;
    }),
    make('36 months old: no longer a startup', 'eligible', (a) => {
      a.applicant.registeredOn = '2022-06-01';
      a.contract.amount = 98_765_432;
    }),
    make('university, odd amount', 'eligible', (a) => {
      a.applicant.kind = 'university';
      a.applicant.creditCode = '124403004557550007';
      a.applicant.registeredOn = '2024-01-01';
      a.contract.amount = 333_333_339;
    }),
    make('research institute, over the cap', 'eligible', (a) => {
      a.applicant.kind = 'research-institute';
      a.applicant.creditCode = uscc('12440300MB2C0000B');
      a.contract.amount = 3_000_000_000;
    }),
    make('startup over the cap', 'startup', (a) => {
      a.applicant.registeredOn = '2025-01-10';
      a.contract.amount = 2_000_000_000;
      a.attachments.trainingReport = [{ id: 'att-0009', name: 'report.pdf', sha256: 'a'.repeat(64) }];
    }),
    make(
      'later submission date',
      'eligible',
      (a) => {
        a.contract.amount = 45_600_001;
        a.contract.signedOn = '2025-10-01';
        delete a.compute.parameterBillions;
      },
      '2026-03-31',
    ),
    make('contract signed after the submission date', 'ineligible', (a) => {
      a.contract.signedOn = '2025-06-02';
    }),
    make('contract signed more than 12 months before', 'ineligible', (a) => {
      a.contract.signedOn = '2024-05-31';
    }),
    make('purpose: inference', 'ineligible', (a) => {
      a.compute.purpose = 'inference';
    }),
    make('own compute (provider = applicant)', 'ineligible', (a) => {
      a.contract.providerCreditCode = a.applicant.creditCode;
    }),
    make('contract ends before it starts', 'ineligible', (a) => {
      a.contract.startDate = '2026-01-01';
    }),
    make('kind other, purpose other (two rules fail)', 'ineligible', (a) => {
      a.applicant.kind = 'other';
      a.compute.purpose = 'other';
    }),
    make('invalid: negative amount', 'invalid', (a) => {
      a.contract.amount = -5;
    }),
    make('invalid: missing model name, extra field', 'invalid', (a) => {
      delete a.compute.modelName;
      a.compute.gpuModel = 'H800';
    }),
    make('invalid: bad date, bad enum', 'invalid', (a) => {
      a.contract.endDate = '2025-13-01';
      a.applicant.district = 'hongkong';
    }),
    make('invalid: no invoices, bad checksum, declaration false', 'invalid', (a) => {
      a.attachments.invoices = [];
      a.attachments.contract[0].sha256 = 'XYZ';
      a.declarations.truthful = false;
    }),
  ];
}
