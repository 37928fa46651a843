// bench:api's baseline: a bare fastify server doing the least a create-draft must do — parse the
// JSON, check the bearer token, insert the application row and its audit row in one transaction
// through the same driver as the API (better-sqlite3 with the API's pragmas, or pg with a pool of
// 10 like TypeORM's) — and nothing else: no validation, no Nest, no TypeORM. Plain JavaScript
// (no loader) so its cold start and memory are the floor. Same environment variables as the API:
// PORT, HOST, SQLITE_FILE or DATABASE_URL + DATABASE_SCHEMA, PIONEER_TOKENS. Tables come from the
// API's migrations (the bench starts the API on the database first).
const { randomUUID } = require('node:crypto');
const fastify = require('fastify');

const env = process.env;
const tokens = new Map(Object.entries(JSON.parse(env.PIONEER_TOKENS || '{}')));
const INSERT_APPLICATION =
  'INSERT INTO applications (id, policy, measure, status, version, applicant_id, district, data, decision, amount, idempotency_key, revision, submitted_at, created_at, updated_at) VALUES ($1, $2, $3, $4, NULL, $5, NULL, $6, NULL, NULL, NULL, 1, NULL, $7, $8)';
const INSERT_AUDIT =
  'INSERT INTO audit_events (id, at, actor, role, action, entity_type, entity_id, details) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)';

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
          await client.query(INSERT_AUDIT, audit);
          await client.query('COMMIT');
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
  return {
    kind: 'sqlite',
    async insert(app, audit) {
      // Prepared on first use: the tables exist only once the API has migrated the file.
      if (!write) {
        const application = db.prepare(INSERT_APPLICATION.replace(/\$\d+/g, '?'));
        const event = db.prepare(INSERT_AUDIT.replace(/\$\d+/g, '?'));
        write = db.transaction((a, e) => {
          application.run(...a);
          event.run(...e);
        });
      }
      write.immediate(app, audit);
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

const shutdown = () =>
  app
    .close()
    .then(() => db.close())
    .then(() => process.exit(0));
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
app.listen({ port: Number(env.PORT || 3000), host: env.HOST || '127.0.0.1' });
