import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DatabaseService, DEMO_APPLICANT_ID, type Principal, type Role, UserEntity } from '@pioneer/api-core';
import { InputReader } from './identity-input.util';
import { readOrganisation } from './organisation-input.util';
import { OrganisationsService } from './organisations.service';
import { hashPassword } from './password.util';
import { UsersService } from './users.service';

const SEEDER: Principal = { subject: 'demo-seed', role: 'admin' };

/** A demo sign-in, printed by `npm start`: public, so demo only. */
export interface DemoSignIn {
  username: string;
  password: string;
  role: Role;
}

/** One user per role; the applicant is the demo applicant's organisation, the officer of its district. */
export const DEMO_SIGN_INS: readonly DemoSignIn[] = [
  { username: 'admin', password: 'admin-demo-pass', role: 'admin' },
  { username: 'reviewer', password: 'reviewer-demo-pass', role: 'reviewer' },
  { username: 'approver', password: 'approver-demo-pass', role: 'approver' },
  { username: 'district', password: 'district-demo-pass', role: 'district-officer' },
  { username: 'applicant', password: 'applicant-demo-pass', role: 'applicant' },
];

/** What the identity seed made: the demo applicant's registered district, for the application seed. */
export interface IdentitySeed {
  organisations: number;
  users: number;
  demoDistrict?: string;
}

/** The applicant of every example application, first file first (sorted), once per credit code. */
function exampleApplicants(schemasRoot: string): Array<Record<string, unknown>> {
  const policies = path.join(schemasRoot, 'policies');
  const files = existsSync(policies)
    ? readdirSync(policies).flatMap((policy) => {
        const dir = path.join(policies, policy, 'examples', 'applications');
        return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f)) : [];
      })
    : [];
  const byCode = new Map<string, Record<string, unknown>>();
  for (const file of files) {
    const applicant = (JSON.parse(readFileSync(file, 'utf8')) as { applicant?: Record<string, unknown> }).applicant;
    if (applicant && typeof applicant.creditCode === 'string' && !byCode.has(applicant.creditCode)) byCode.set(applicant.creditCode, applicant);
  }
  return [...byCode.values()];
}

/**
 * Demo organisations and people (PIONEER_DEMO=1, into a database without users): the applicants
 * of the example applications become the registry (several districts, no district named in
 * code), including the demo applicant; then one user per role (DEMO_SIGN_INS). Through the
 * services, so each is checked and audited.
 */
export async function seedDemoIdentity(db: DatabaseService, organisations: OrganisationsService, users: UsersService, schemasRoot: string, log: (line: string) => void): Promise<IdentitySeed> {
  const existing = await db.read((manager) => manager.count(UserEntity));
  if (existing > 0) {
    log(`demo people: the database already has ${existing} users; nothing seeded`);
    return { organisations: 0, users: 0 };
  }
  const candidates = exampleApplicants(schemasRoot).map((applicant) => {
    const input = new InputReader();
    const { creditCode, name, kind, district, registeredOn, contact } = applicant;
    const fields = readOrganisation(input, { creditCode, name, kind, district, registeredOn, contact }, '', true);
    return input.issues.length === 0 ? fields : undefined;
  });
  const hashes = await Promise.all(DEMO_SIGN_INS.map((user) => hashPassword(user.password)));
  return db.write(async (manager) => {
    const made = [];
    for (const fields of candidates) if (fields) made.push(await organisations.insert(manager, SEEDER, fields));
    const demo = made.find((org) => org.creditCode === DEMO_APPLICANT_ID);
    for (const [index, user] of DEMO_SIGN_INS.entries()) {
      if (user.role === 'applicant' && !demo) continue;
      await users.insert(manager, SEEDER, {
        username: user.username,
        displayName: `${user.username} (demo)`,
        role: user.role,
        passwordHash: hashes[index],
        organisationId: user.role === 'applicant' ? demo!.id : null,
        district: user.role === 'district-officer' ? (demo?.district ?? made[0]?.district ?? null) : null,
      });
    }
    const districts = new Set(made.map((org) => org.district));
    log(`demo people: ${made.length} organisations in ${districts.size} districts, ${DEMO_SIGN_INS.length} users (one per role)`);
    return { organisations: made.length, users: DEMO_SIGN_INS.length, demoDistrict: demo?.district };
  });
}
