import { Injectable } from '@nestjs/common';
import { ApplicationEntity, containsAnyOf, containsPattern, runSql, TableSql } from '@pioneer/api-core';
import { type EntityManager, In } from 'typeorm';
import type { ApplicationScope } from './application-access';
import { AWARDED_STATUSES, type ApplicationStatus } from './application-status';
import { isSafeDataPath, type ListQuery } from './list-query.dto';
import { drawNumber, drawnNumberSql, formatApplicationNumber, sequenceName } from './numbering';

/** The request path's statements, written once (the query builder re-derives each on every call). */
const APPLICATIONS = new TableSql(ApplicationEntity);

/** Changes a conditional update may make (never the id, measure or policy). */
export type ApplicationChanges = Partial<Omit<ApplicationEntity, 'id' | 'number' | 'measure' | 'policy' | 'revision' | 'createdAt'>>;

/**
 * The applications table's queries. Every read takes the caller's scope, so a row outside it is
 * simply not found; every update is conditional on the row's revision and status, so two
 * writers (also in two processes) can never both win.
 */
@Injectable()
export class ApplicationsRepository {
  /**
   * Inserts a new application with the next readable number of `scope` (`SZAI-2025`), drawn in the
   * same write, and returns the number. PostgreSQL draws it from the scope's sequence inside the
   * INSERT itself (`numberSequenceReady` made the sequence before the write began).
   */
  async insertNumbered(manager: EntityManager, row: ApplicationEntity, scope: string): Promise<string> {
    if (manager.connection.options.type === 'postgres')
      return String(await APPLICATIONS.insertComputed(manager, row, 'number', drawnNumberSql, [scope, sequenceName(scope)]));
    const number = formatApplicationNumber(scope, await this.nextNumber(manager, scope));
    await APPLICATIONS.insert(manager, { ...row, number });
    return number;
  }

  /** Inside the create's write: the next counter value of a number scope (`SZAI-2025`; `drawNumber`). */
  private nextNumber(manager: EntityManager, scope: string): Promise<number> {
    return drawNumber((sql, parameters) => runSql(manager, sql, parameters) as Promise<Array<Record<string, unknown>>>, manager.connection, scope);
  }

  /** The application with this id if the scope may see it; `measure` narrows it to one measure's routes. */
  findVisible(
    manager: EntityManager,
    measure: string | undefined,
    id: string,
    scope: ApplicationScope,
    lock = false,
  ): Promise<ApplicationEntity | null> {
    const conditions = ['id = $1'];
    const parameters: unknown[] = [id];
    const where = (condition: string, value?: unknown) => {
      if (value !== undefined) parameters.push(value);
      conditions.push(condition.replace('?', `$${parameters.length}`));
    };
    if (measure !== undefined) where('measure = ?', measure);
    if (scope.applicantId !== undefined) where('applicant_id = ?', scope.applicantId);
    if (scope.district !== undefined) where('district = ?', scope.district);
    if (scope.submittedOnly) where("status <> 'draft'");
    const locking = lock && manager.connection.options.type === 'postgres';
    return APPLICATIONS.selectOne(manager, `WHERE ${conditions.join(' AND ')}${locking ? ' FOR UPDATE' : ''}`, parameters);
  }

  /** The readable numbers of these applications (by primary key, 500 at a time): ledgers and exports show them. */
  async numbersOf(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string | null>> {
    const numbers = new Map<string, string | null>();
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += 500) {
      const chunk = unique.slice(i, i + 500);
      const rows = (await runSql(manager, `SELECT id, number FROM applications WHERE id IN (${chunk.map((_, j) => `$${j + 1}`).join(', ')})`, chunk)) as Array<{ id: string; number: string | null }>;
      for (const row of rows) numbers.set(row.id, row.number);
    }
    return numbers;
  }

  /** The id of the application with this readable number (its unique index), or null. */
  async idOfNumber(manager: EntityManager, number: string): Promise<string | null> {
    const [row] = (await runSql(manager, 'SELECT id FROM applications WHERE number = $1', [number])) as Array<{ id: string }>;
    return row?.id ?? null;
  }

  findByIdempotencyKey(manager: EntityManager, measure: string, key: string): Promise<ApplicationEntity | null> {
    return APPLICATIONS.selectOne(manager, 'WHERE measure = $1 AND idempotency_key = $2', [measure, key]);
  }

  /**
   * How many drafts an organisation holds. Inside a write: on PostgreSQL an advisory lock on the
   * organisation makes count-then-insert atomic across processes; SQLite's writes are serialised.
   */
  async countDrafts(manager: EntityManager, applicantId: string): Promise<number> {
    if (manager.connection.options.type === 'postgres')
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`drafts:${applicantId}`]);
    const [row] = (await runSql(manager, "SELECT COUNT(*) AS n FROM applications WHERE applicant_id = $1 AND status = 'draft'", [
      applicantId,
    ])) as Array<{ n: number | string }>;
    return Number(row.n);
  }

  async list(
    manager: EntityManager,
    measure: string,
    scope: ApplicationScope,
    query: ListQuery,
    searchPaths: readonly string[] = [],
  ): Promise<{ rows: ApplicationEntity[]; total: number }> {
    const qb = manager.createQueryBuilder(ApplicationEntity, 'a').where('a.measure = :measure', { measure });
    const filters = { status: query.status, applicantId: query.applicantId, district: query.district };
    for (const [field, value] of Object.entries(filters))
      if (value !== undefined) qb.andWhere(`a.${field} = :f_${field}`, { [`f_${field}`]: value });
    query.dataFilters.forEach(({ path, value }, i) => {
      // The path was checked against the catalogue; it is checked again here because it reaches SQL
      // (as a bound parameter, like the value).
      if (!isSafeDataPath(path)) throw new Error(`unsafe data filter path: ${path}`);
      const field = formField(manager, `dp_${i}`, path);
      qb.andWhere(`${field.sql} = :dv_${i}`, { ...field.parameters, [`dv_${i}`]: value });
    });
    if (query.q !== undefined) {
      // Bounded: at most 100 characters against the number and the list's few text columns, on
      // the rows of one measure in the caller's scope, which the (measure, …) indexes select first.
      const fields = searchPaths.map((path, i) => formField(manager, `sp_${i}`, path));
      const columns = ['a.number', ...fields.map((field) => field.sql)];
      const parameters = Object.assign({ q: containsPattern(query.q) }, ...fields.map((field) => field.parameters));
      qb.andWhere(containsAnyOf(columns), parameters);
    }
    if (scope.applicantId !== undefined) qb.andWhere('a.applicantId = :s_applicant', { s_applicant: scope.applicantId });
    if (scope.district !== undefined) qb.andWhere('a.district = :s_district', { s_district: scope.district });
    if (scope.submittedOnly) qb.andWhere("a.status <> 'draft'");
    const total = await qb.getCount();
    // The page's ids first, then their rows: the sort carries only its key and the id, never the
    // forms and decisions of every row of the measure (which SQLite would build before sorting).
    // Columns that are never null (the entity says which) sort without NULLS LAST, and ties go by
    // id in the same direction, so the default order (newest first) is read straight off the
    // (measure, created_at, id) index.
    const nullable = manager.connection.getMetadata(ApplicationEntity).findColumnWithPropertyName(query.sort)?.isNullable ?? true;
    const page = await qb
      .select('a.id', 'id')
      .orderBy(`a.${query.sort}`, query.order, nullable ? 'NULLS LAST' : undefined)
      .addOrderBy('a.id', query.order)
      .offset((query.page - 1) * query.perPage)
      .limit(query.perPage)
      .getRawMany<{ id: string }>();
    if (page.length === 0) return { rows: [], total };
    const byId = new Map((await manager.findBy(ApplicationEntity, { id: In(page.map((r) => r.id)) })).map((row) => [row.id, row]));
    return { rows: page.map((r) => byId.get(r.id)).filter((row): row is ApplicationEntity => row !== undefined), total };
  }

  /**
   * Applies changes only if the row still has the revision the caller read and one of the
   * given statuses; returns whether it did. The database re-checks the condition under the row
   * lock, so this is safe across connections and processes.
   */
  async updateIf(
    manager: EntityManager,
    id: string,
    revision: number,
    from: readonly ApplicationStatus[],
    changes: ApplicationChanges,
  ): Promise<boolean> {
    const statuses = from.map((_, i) => `$${i + 3}`).join(', ');
    const changed = await APPLICATIONS.update(
      manager,
      { ...changes, revision: revision + 1 },
      `id = $1 AND revision = $2 AND status IN (${statuses})`,
      [id, revision, ...from],
    );
    return changed === 1;
  }

  /** The applicant's awarded applications (approved or paid) under every policy: the history P1, P3 and cap scopes are checked against. */
  awarded(manager: EntityManager, applicantId: string): Promise<ApplicationEntity[]> {
    const statuses = AWARDED_STATUSES.map((_, i) => `$${i + 2}`).join(', ');
    return APPLICATIONS.select(manager, `WHERE applicant_id = $1 AND status IN (${statuses}) ORDER BY submitted_at ASC`, [
      applicantId,
      ...AWARDED_STATUSES,
    ]);
  }

  /**
   * The awarded applications of every applicant with a submitted application of `measure`: the
   * histories a what-if over that measure needs, read in one query rather than one per applicant.
   */
  awardedOfApplicantsOf(manager: EntityManager, measure: string): Promise<ApplicationEntity[]> {
    const statuses = AWARDED_STATUSES.map((_, i) => `$${i + 2}`).join(', ');
    return APPLICATIONS.select(
      manager,
      `WHERE status IN (${statuses}) AND applicant_id IN (SELECT applicant_id FROM applications WHERE measure = $1 AND submitted_at IS NOT NULL) ORDER BY submitted_at ASC`,
      [measure, ...AWARDED_STATUSES],
    );
  }

  /**
   * Inside a write: serialises decisions about one applicant across processes (PostgreSQL
   * advisory lock to the commit; SQLite's writes are serialised already), so two approvals at once
   * cannot both miss each other in the funding history.
   */
  async lockApplicant(manager: EntityManager, applicantId: string): Promise<void> {
    if (manager.connection.options.type === 'postgres')
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`applicant:${applicantId}`]);
  }
}

/** A form field's text in SQL (`a.data` at a dot path), its path bound as the parameter `name`, on either database. */
function formField(manager: EntityManager, name: string, path: string): { sql: string; parameters: Record<string, unknown> } {
  if (manager.connection.options.type === 'postgres') return { sql: `(a.data #>> CAST(:${name} AS text[]))`, parameters: { [name]: path.split('.') } };
  return { sql: `json_extract(a.data, :${name})`, parameters: { [name]: `$.${path}` } };
}
