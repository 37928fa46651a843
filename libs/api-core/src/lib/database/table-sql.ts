import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

type ColumnMetadata = EntityMetadata['columns'][number];

/**
 * Hand-written SQL for the request path, with TypeORM's own column conversions. The query
 * builder re-derives and re-escapes every statement on every call, which was the largest cost of
 * a submit or an approval once SQLite commits were grouped; here each statement's text is built
 * once, SQLite's prepared statements are reused from the runner's cache, and rows are converted
 * by the driver exactly as TypeORM would (transformers, JSON, bigint).
 *
 * Statements are written with PostgreSQL's `$1…$n`; on SQLite they become `?` with the
 * parameters reordered.
 */
export class TableSql<T extends ObjectLiteral> {
  private readonly shapes = new WeakMap<object, Shape>();

  constructor(private readonly entity: EntityTarget<T>) {}

  /** The table's quoted name and its quoted column list, for hand-written statements. */
  names(manager: EntityManager): { table: string; columns: string } {
    const shape = this.shape(manager);
    return { table: shape.table, columns: shape.selectList };
  }

  async insert(manager: EntityManager, row: T): Promise<void> {
    const shape = this.shape(manager);
    const driver = manager.connection.driver;
    await runSql(
      manager,
      shape.insert,
      shape.columns.map((column) => driver.preparePersistentValue(column.getEntityValue(row), column)),
    );
  }

  /**
   * Inserts `row` with one column computed by the database instead of bound from the row, and
   * returns what was stored there: one round trip where drawing the value first takes two.
   * `expression` gets the placeholders of `extra`, the parameters it reads.
   */
  async insertComputed(manager: EntityManager, row: T, property: string, expression: (...placeholders: string[]) => string, extra: unknown[]): Promise<unknown> {
    const shape = this.shape(manager);
    const driver = manager.connection.driver;
    const target = shape.byProperty.get(property) ?? fail(`${shape.table} has no column for ${property}`);
    const bound = shape.columns.filter((column) => column !== target);
    const extraPlaceholders = extra.map((_, i) => `$${bound.length + i + 1}`);
    const values = shape.columns.map((column) => (column === target ? expression(...extraPlaceholders) : shape.stored(`$${bound.indexOf(column) + 1}`, column)));
    const names = shape.columns.map((column) => `"${column.databaseName}"`);
    const text = `INSERT INTO ${shape.table} (${names.join(', ')}) VALUES (${values.join(', ')}) RETURNING "${target.databaseName}"`;
    const parameters = bound.map((column) => driver.preparePersistentValue(column.getEntityValue(row), column));
    const [returned] = (await runSql(manager, text, [...parameters, ...extra])) as Array<Record<string, unknown>>;
    return returned[target.databaseName];
  }

  /**
   * `UPDATE <table> SET <changes> WHERE <where>`: `where` uses `$1…$m` for `parameters`; the
   * changed columns are bound after them. Returns the number of rows changed.
   */
  async update(manager: EntityManager, changes: Partial<T>, where: string, parameters: unknown[]): Promise<number> {
    const shape = this.shape(manager);
    const driver = manager.connection.driver;
    const keys = Object.keys(changes).filter((key) => changes[key] !== undefined);
    const columns = keys.map((key) => shape.byProperty.get(key) ?? fail(`${shape.table} has no column for ${key}`));
    const set = columns
      .map((column, i) => `"${column.databaseName}" = ${shape.stored(`$${parameters.length + i + 1}`, column)}`)
      .join(', ');
    const values = columns.map((column, i) => driver.preparePersistentValue(changes[keys[i]], column));
    return changedRows(manager, `UPDATE ${shape.table} SET ${set} WHERE ${where}`, [...parameters, ...values]);
  }

  /** Rows of `SELECT <every column> FROM <table> <rest>`, converted to entities. */
  async select(manager: EntityManager, rest: string, parameters: unknown[]): Promise<T[]> {
    const shape = this.shape(manager);
    const rows = (await runSql(manager, `SELECT ${shape.selectList} FROM ${shape.table} ${rest}`, parameters)) as Array<
      Record<string, unknown>
    >;
    return rows.map((raw) => this.hydrate(manager, shape, raw));
  }

  async selectOne(manager: EntityManager, rest: string, parameters: unknown[]): Promise<T | null> {
    return (await this.select(manager, rest, parameters))[0] ?? null;
  }

  private hydrate(manager: EntityManager, shape: Shape, raw: Record<string, unknown>): T {
    const driver = manager.connection.driver;
    const entity = shape.create();
    for (const column of shape.columns) column.setEntityValue(entity, driver.prepareHydratedValue(raw[column.databaseName], column));
    return entity as T;
  }

  private shape(manager: EntityManager): Shape {
    const key = manager.connection;
    let shape = this.shapes.get(key);
    if (!shape) {
      const metadata = manager.connection.getMetadata(this.entity);
      const columns = metadata.columns;
      const table = `"${metadata.tableName}"`;
      const names = columns.map((column) => `"${column.databaseName}"`);
      // SQLite keeps TypeORM's `jsonb` columns in its binary JSONB form: jsonb() in, json() out.
      const driver = manager.connection.driver as {
        wrapWithJsonFunction?: (value: string, column: ColumnMetadata, jsonb?: boolean) => string;
      };
      const wrap = driver.wrapWithJsonFunction?.bind(driver);
      const stored = (value: string, column: ColumnMetadata) => (wrap ? wrap(value, column, true) : value);
      shape = {
        table,
        columns,
        selectList: columns
          .map((column, i) => (wrap && column.type === 'jsonb' ? `${wrap(names[i], column, false)} AS ${names[i]}` : names[i]))
          .join(', '),
        byProperty: new Map(columns.map((column) => [column.propertyName, column])),
        insert: `INSERT INTO ${table} (${names.join(', ')}) VALUES (${columns.map((column, i) => stored(`$${i + 1}`, column)).join(', ')})`,
        stored,
        create: () => metadata.create(),
      };
      this.shapes.set(key, shape);
    }
    return shape;
  }
}

interface Shape {
  table: string;
  columns: ColumnMetadata[];
  selectList: string;
  byProperty: Map<string, ColumnMetadata>;
  insert: string;
  /** How a bound value is written to a column (jsonb() around JSON on SQLite). */
  stored: (value: string, column: ColumnMetadata) => string;
  create: () => ObjectLiteral;
}

function fail(message: string): never {
  throw new Error(message);
}

/** `$1…$n` → `?` with the parameters in the order they appear (SQLite binds `?` by position only). */
const sqliteForms = new Map<string, { text: string; order: number[] }>();

export function sqliteForm(text: string): { text: string; order: number[] } {
  let form = sqliteForms.get(text);
  if (!form) {
    const order: number[] = [];
    form = { text: text.replace(/\$(\d+)/g, (_, n: string) => (order.push(Number(n) - 1), '?')), order };
    sqliteForms.set(text, form);
  }
  return form;
}

/** Rows of one statement written with `$1…$n` (a SELECT, or anything with RETURNING), on either database. */
export async function runSql(manager: EntityManager, text: string, parameters: unknown[]): Promise<unknown[]> {
  return (await execute(manager, text, parameters)).records;
}

/** Rows changed by an UPDATE, INSERT or DELETE written with `$1…$n`, on either database. */
export async function changedRows(manager: EntityManager, text: string, parameters: unknown[]): Promise<number> {
  return (await execute(manager, text, parameters)).affected ?? 0;
}

async function execute(manager: EntityManager, text: string, parameters: unknown[]): Promise<{ records: unknown[]; affected?: number }> {
  const postgres = manager.connection.options.type === 'postgres';
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const form = postgres ? { text, order: null } : sqliteForm(text);
    return await runner.query(form.text, form.order ? form.order.map((i) => parameters[i]) : parameters, true);
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
}
