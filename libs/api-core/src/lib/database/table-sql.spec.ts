import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource, type EntityManager } from 'typeorm';
import { ApplicationEntity } from '../entities/application.entity';
import { dataSourceOptions } from './data-source.factory';
import { changedRows, runSql, TableSql } from './table-sql';

/** Hand-written statements must read and write exactly what TypeORM's own do, on a real SQLite file. */
describe('TableSql on SQLite', () => {
  const applications = new TableSql(ApplicationEntity);
  let dir: string;
  let source: DataSource;
  let manager: EntityManager;
  const row = (status: string): ApplicationEntity =>
    Object.assign(new ApplicationEntity(), {
      id: randomUUID(),
      number: `P-2025-${randomUUID().slice(0, 6)}`,
      policy: 'p',
      measure: 'm',
      status,
      version: '2024-01',
      applicantId: 'A',
      district: 'futian',
      data: { project: { name: '项目', amount: 123 } },
      decision: { status: 'eligible' } as never,
      amount: 9_007_199_254_740_991,
      idempotencyKey: null,
      revision: 1,
      submittedAt: '2025-06-01T02:00:00.000Z',
      createdAt: '2025-06-01T01:00:00.000Z',
      updatedAt: '2025-06-01T01:00:00.000Z',
      approvedAmount: null,
      paidAmount: 0,
      budgetCode: null,
      budgetYear: null,
      statusReason: null,
    });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'table-sql-'));
    source = new DataSource(dataSourceOptions({ kind: 'sqlite', file: path.join(dir, 'db.sqlite') } as never));
    await source.initialize();
    manager = source.createQueryRunner().manager;
  });

  afterAll(async () => {
    await source.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads back what TypeORM wrote, JSON and money included, and TypeORM reads back what it wrote', async () => {
    const byOrm = row('draft');
    await source.getRepository(ApplicationEntity).insert(byOrm as never);
    expect(await applications.selectOne(manager, 'WHERE id = $1', [byOrm.id])).toEqual(byOrm);
    const byHand = row('draft');
    await applications.insert(manager, byHand);
    expect(await source.getRepository(ApplicationEntity).findOneByOrFail({ id: byHand.id })).toEqual(byHand);
    // Stored in the same form as TypeORM's (SQLite's binary JSONB), so JSON queries see both alike.
    const forms = (await runSql(manager, 'SELECT typeof(data) AS t FROM applications WHERE id IN ($1, $2)', [
      byOrm.id,
      byHand.id,
    ])) as Array<{ t: string }>;
    expect(forms.map((f) => f.t)).toEqual(['blob', 'blob']);
  });

  it('updates only under its condition, binding $n in any order and more than once', async () => {
    const stored = row('submitted');
    await applications.insert(manager, stored);
    expect(
      await applications.update(manager, { status: 'approved', data: { changed: true } }, 'id = $1 AND revision = $2', [stored.id, 2]),
    ).toBe(0);
    expect(
      await applications.update(manager, { status: 'approved', data: { changed: true } }, 'id = $1 AND revision = $2', [stored.id, 1]),
    ).toBe(1);
    expect(await source.getRepository(ApplicationEntity).findOneByOrFail({ id: stored.id })).toMatchObject({
      status: 'approved',
      data: { changed: true },
    });
    expect(
      await changedRows(manager, 'UPDATE applications SET revision = revision + $1 WHERE id = $2 AND revision + $1 < 10', [3, stored.id]),
    ).toBe(1);
    expect((await applications.selectOne(manager, 'WHERE id = $1', [stored.id]))?.revision).toBe(4);
  });
});
