/**
 * What the approvals benchmark starts from, written through the drivers (never HTTP): `count`
 * applications of one budgeted measure ready for approval (scored, each of its own applicant and
 * project, decided by the engine), and the year's ledger of their budget, with room for all.
 */
import { randomUUID } from 'node:crypto';
import { ApplicationEntity, BudgetLedgerEntity, dataSourceOptions, type DatabaseConfig } from '@pioneer/api-core';
import { loadPolicies } from '@pioneer/contracts';
import { usccCheckCharacter } from '@pioneer/engine';
import { DataSource, type QueryDeepPartialEntity } from 'typeorm';
import type { BenchDatabase } from './bench-database';

export interface ApprovalSeed {
  ids: string[];
  ledgerId: string;
  amountEach: number;
}

const creditCode = (i: number) => {
  const first17 = `91440300B${String(i).padStart(8, '0')}`;
  return first17 + usccCheckCharacter(first17);
};

const setPath = (data: Record<string, unknown>, dotPath: string, value: unknown) => {
  const keys = dotPath.split('.');
  let node = data;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
};

export function configOf(db: BenchDatabase): DatabaseConfig {
  return db.kind === 'sqlite' ? { kind: 'sqlite', file: db.file } : { kind: 'postgres', url: db.url, schema: db.schema };
}

/** Seeds an already migrated database (start the API on it first). */
export async function seedApprovals(
  db: BenchDatabase,
  measure: string,
  example: Record<string, unknown>,
  count: number,
  now: string,
  year: number,
): Promise<ApprovalSeed> {
  const policy = loadPolicies().find((p) => p.measures.has(measure))!;
  const budget = policy.budgetOf(measure)!;
  const source = new DataSource({ ...dataSourceOptions(configOf(db)), migrationsRun: false } as ConstructorParameters<
    typeof DataSource
  >[0]);
  await source.initialize();
  try {
    const rows = Array.from({ length: count }, (_, i) => {
      const data = structuredClone(example);
      setPath(data, policy.info.subjects.applicantId, creditCode(i));
      if (policy.info.subjects.projectRef) setPath(data, policy.info.subjects.projectRef, `BENCH-APPROVAL-${i}`);
      const decision = policy.evaluate(measure, data, { asOf: now.slice(0, 10) });
      const applicantId = creditCode(i);
      return {
        id: randomUUID(),
        policy: policy.info.code,
        measure,
        status: 'scored',
        version: decision.version,
        applicantId,
        district: null,
        data,
        decision,
        amount: decision.award?.amount ?? null,
        idempotencyKey: null,
        revision: 3,
        submittedAt: now,
        createdAt: now,
        updatedAt: now,
        approvedAmount: null,
        paidAmount: 0,
        budgetCode: null,
        budgetYear: null,
        statusReason: null,
      };
    });
    for (let i = 0; i < rows.length; i += 200)
      await source.getRepository(ApplicationEntity).insert(rows.slice(i, i + 200) as QueryDeepPartialEntity<ApplicationEntity>[]);
    const amountEach = rows[0].amount!;
    const ledgerId = randomUUID();
    await source.getRepository(BudgetLedgerEntity).insert({
      id: ledgerId,
      policy: policy.info.code,
      budget: budget.code,
      year,
      amount: Math.max(budget.annualAmount, amountEach * count * 2),
      committed: 0,
      paid: 0,
      updatedAt: now,
    });
    return { ids: rows.map((r) => r.id), ledgerId, amountEach };
  } finally {
    await source.destroy();
  }
}
