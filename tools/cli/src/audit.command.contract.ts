import 'reflect-metadata';
import { AuditService, Clock, dataSourceOptions, type DatabaseConfig } from '@pioneer/api-core';
import { DataSource } from 'typeorm';
import { auditCommand } from './audit.command';

/** What the command needs to find a database: the API's own variables. */
export type DatabaseEnv = Record<string, string>;

/**
 * `pioneer audit verify` against a real database migrated by the API's migrations: an intact
 * chain verifies; altering one stored event, or deleting one, is reported at that event.
 */
export function describeAuditVerify(label: string, open: () => Promise<{ env: DatabaseEnv; database: DatabaseConfig; drop: () => Promise<void> }>): void {
  describe(`pioneer audit verify on ${label}`, () => {
    const principal = { subject: 'alice', role: 'admin' as const };
    let db: Awaited<ReturnType<typeof open>>;
    let source: DataSource;
    const saved: Record<string, string | undefined> = {};

    const run = async () => {
      const lines: string[] = [];
      const code = await auditCommand({ positional: ['verify'], options: {} }, (line) => lines.push(line));
      return { code, text: lines.join('\n') };
    };

    beforeAll(async () => {
      db = await open();
      for (const [key, value] of Object.entries(db.env)) {
        saved[key] = process.env[key];
        process.env[key] = value;
      }
      source = new DataSource(dataSourceOptions(db.database));
      await source.initialize();
      const audit = new AuditService(new Clock({ timeZone: 'Asia/Shanghai' } as ConstructorParameters<typeof Clock>[0]));
      for (let i = 0; i < 5; i++) {
        await source.transaction((manager) => audit.record(manager, principal, { action: 'application.update', entityType: 'application', entityId: `app-${i}`, details: { changes: [{ pointer: '/a', before: null, after: `${i}` }], amount: 100 * i } }));
      }
    });

    afterAll(async () => {
      await source?.destroy();
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      await db?.drop();
    });

    it('reports an intact chain and exits 0', async () => {
      const { code, text } = await run();
      expect(code).toBe(0);
      expect(text).toMatch(/✓ audit chain intact: 5 events/);
    });

    it('finds an event altered in the database, and names it', async () => {
      await source.query(`UPDATE "audit_events" SET "actor" = 'mallory' WHERE "seq" = 3`);
      const { code, text } = await run();
      expect(code).toBe(1);
      expect(text).toMatch(/broken at event #3 .*changed after it was recorded.*The 2 events before it verify/);
      await source.query(`UPDATE "audit_events" SET "actor" = 'alice' WHERE "seq" = 3`);
      expect((await run()).code).toBe(0);
    });

    it('finds a deleted event', async () => {
      await source.query(`DELETE FROM "audit_events" WHERE "seq" = 2`);
      const { code, text } = await run();
      expect(code).toBe(1);
      expect(text).toMatch(/broken at event #3 .*missing or was inserted/);
    });
  });
}
