// bench:api's baseline: a bare fastify server doing the least a create-draft must do — parse the
// JSON, check the bearer token, insert the application row and its audit row (chained to the
// previous one by hash, as the API's audit log is) in one transaction
// through the same driver as the API (better-sqlite3 with the API's pragmas, or pg with a pool of
// 10 like TypeORM's) — and nothing else: no validation, no Nest, no TypeORM. Plain JavaScript
// (no loader) so its cold start and memory are the floor. Same environment variables as the API:
// PORT, HOST, SQLITE_FILE or DATABASE_URL + DATABASE_SCHEMA, PIONEER_TOKENS. Tables come from the
// API's migrations (the bench starts the API on the database first).
// It also approves (POST /api/applications/:id/approve, body { ledger, amount }) with the three
// statements of the bare SQL peer and nothing else: the floor of an approval served over HTTP.
const { createHash, randomUUID } = require('node:crypto');
const fastify = require('fastify');
const APPROVAL = require('./bare-approval.sql.cjs');

const env = process.env;
const tokens = new Map(Object.entries(JSON.parse(env.PIONEER_TOKENS || '{}')));
const INSERT_APPLICATION =
  'INSERT INTO applications (id, policy, measure, status, version, applicant_id, district, data, decision, amount, idempotency_key, revision, submitted_at, created_at, updated_at) VALUES ($1, $2, $3, $4, NULL, $5, NULL, $6, NULL, NULL, NULL, 1, NULL, $7, $8)';
const INSERT_AUDIT =
  'INSERT INTO audit_events (id, at, actor, role, action, entity_type, entity_id, details, seq, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)';
const LAST_AUDIT = 'SELECT seq, hash FROM audit_events WHERE seq = (SELECT MAX(seq) FROM audit_events)';
/** Any constant: like the API, an advisory lock orders the audit chain on PostgreSQL. */
const CHAIN_LOCK = 7_402_316;

/** The audit row's chained columns, as the API keeps them: seq + 1, the previous hash, the new hash. */
function chain(audit, last) {
  const seq = Number(last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? '0'.repeat(64);
  return [
    ...audit,
    seq,
    prevHash,
    createHash('sha256')
      .update(`${prevHash}${JSON.stringify(audit)}${seq}`)
      .digest('hex'),
  ];
}

/** insert(application, audit) → Promise, on whichever database the environment names. */
function database() {
  if (env.DATABASE_URL) {
    const { Pool } = require('pg');
    const pool = new Pool({
      connectionString: env.DATABASE_URL,
      max: 10,
      options: env.DATABASE_SCHEMA ? `-c search_path=${env.DATABASE_SCHEMA}` : undefined,
    });
    return {
      kind: 'postgres',
      async insert(app, audit) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await client.query(INSERT_APPLICATION, app);
          await client.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
          const last = (await client.query(LAST_AUDIT)).rows[0];
          await client.query(INSERT_AUDIT, chain(audit, last));
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        } finally {
          client.release();
        }
      },
      async approve(id, ledger, amount, now) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const reserved = await client.query(APPROVAL.RESERVE, [amount, now, ledger]);
          if (reserved.rowCount === 1) {
            await client.query(APPROVAL.ENTRY, [randomUUID(), ledger, id, amount, now]);
            await client.query(APPROVAL.MOVE, [amount, id]);
          }
          await client.query('COMMIT');
          return reserved.rowCount === 1;
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        } finally {
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  const Database = require('better-sqlite3');
  const db = new Database(env.SQLITE_FILE, { timeout: 5000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  let write;
  let approve;
  return {
    kind: 'sqlite',
    async insert(app, audit) {
      // Prepared on first use: the tables exist only once the API has migrated the file.
      if (!write) {
        const application = db.prepare(INSERT_APPLICATION.replace(/\$\d+/g, '?'));
        const event = db.prepare(INSERT_AUDIT.replace(/\$\d+/g, '?'));
        const last = db.prepare(LAST_AUDIT);
        write = db.transaction((a, e) => {
          application.run(...a);
          event.run(...chain(e, last.get()));
        });
      }
      write.immediate(app, audit);
    },
    async approve(id, ledger, amount, now) {
      if (!approve) {
        const [reserve, entry, move] = [APPROVAL.RESERVE, APPROVAL.ENTRY, APPROVAL.MOVE].map((sql) => db.prepare(APPROVAL.sqlite(sql)));
        approve = db.transaction((applicationId, ledgerId, value, at) => {
          if (reserve.run(value, at, ledgerId, value).changes !== 1) return false;
          entry.run(randomUUID(), ledgerId, applicationId, value, at);
          move.run(value, applicationId);
          return true;
        });
      }
      return approve.immediate(id, ledger, amount, now);
    },
    close: async () => db.close(),
  };
}

const db = database();
const app = fastify({ bodyLimit: 1024 * 1024 });
app.get('/api/health', async () => ({ status: 'ok', database: db.kind }));
app.post('/api/measures/:measure/applications', async (request, reply) => {
  const principal = tokens.get((request.headers.authorization || '').replace(/^Bearer /, ''));
  if (!principal) return reply.code(401).send({ statusCode: 401 });
  const id = randomUUID();
  const now = new Date().toISOString();
  const subject = typeof principal === 'string' ? principal : principal.subject || principal.role;
  const role = typeof principal === 'string' ? principal : principal.role;
  const applicantId = typeof principal === 'object' ? principal.applicantId || null : null;
  const { measure } = request.params;
  await db.insert(
    [id, 'bench', measure, 'draft', applicantId, JSON.stringify(request.body), now, now],
    [randomUUID(), now, subject, role, 'application.create', 'application', id, JSON.stringify({ measure, status: 'draft' })],
  );
  return reply.code(201).send({ id, measure, status: 'draft', applicantId, data: request.body, createdAt: now });
});

app.post('/api/applications/:id/approve', async (request, reply) => {
  if (!tokens.get((request.headers.authorization || '').replace(/^Bearer /, ''))) return reply.code(401).send({ statusCode: 401 });
  const { ledger, amount } = request.body;
  const approved = await db.approve(request.params.id, ledger, amount, new Date().toISOString());
  if (!approved) return reply.code(409).send({ statusCode: 409, code: 'budget-exhausted' });
  return { id: request.params.id, status: 'approved', approvedAmount: amount };
});

const shutdown = () =>
  app
    .close()
    .then(() => db.close())
    .then(() => process.exit(0));
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
app.listen({ port: Number(env.PORT || 3000), host: env.HOST || '127.0.0.1' });
