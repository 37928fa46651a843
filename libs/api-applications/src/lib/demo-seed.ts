import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_APPLICANT_ID, type Principal } from '@pioneer/api-core';
import type { ApplicationsService } from './applications.service';
import type { PolicyRegistry } from './policy-registry.service';

const SEEDER: Principal = { subject: 'demo-seed', role: 'admin' };
const DEMO_APPLICANT: Principal = { subject: 'applicant-demo', role: 'applicant', applicantId: DEMO_APPLICANT_ID };

/** Writes `value` at a dot path of a copy of `data`. */
function withPath(data: Record<string, unknown>, dotPath: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(data);
  const keys = dotPath.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object') return copy;
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
  return copy;
}

/**
 * Demo data: for every measure with a form and an example application
 * (`schemas/policies/<policy>/examples/applications/<measure>.json`), one submitted application
 * as in the example, one draft of the demo applicant's (token `applicant-demo`) and one submitted
 * by the demo applicant (naming `demoDistrict`, its registered district, when given). Goes through the service, so each is validated, evaluated and audited.
 */
export async function seedDemoApplications(service: ApplicationsService, registry: PolicyRegistry, schemasRoot: string, log: (line: string) => void, demoDistrict?: string): Promise<number> {
  const policiesDir = path.join(schemasRoot, 'policies');
  const folders = existsSync(policiesDir) ? readdirSync(policiesDir).map((name) => path.join(policiesDir, name, 'examples', 'applications')) : [];
  let created = 0;
  for (const measure of registry.measuresWithForm()) {
    const file = folders.map((dir) => path.join(dir, `${measure}.json`)).find((candidate) => existsSync(candidate));
    if (!file) continue;
    const example = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const district = registry.policyOf(measure).info.subjects.district;
    const ours = withPath(example, registry.subjectsOf(measure, example).applicantPath, DEMO_APPLICANT_ID);
    // The demo applicant's forms name its registered district, so its signed-in user can edit them.
    const mine = demoDistrict && district ? withPath(ours, district, demoDistrict) : ours;
    const submitted = await service.create(measure, SEEDER, example);
    await service.submit(measure, SEEDER, submitted.id);
    await service.create(measure, DEMO_APPLICANT, mine);
    const own = await service.create(measure, DEMO_APPLICANT, mine);
    await service.submit(measure, DEMO_APPLICANT, own.id);
    created += 3;
  }
  log(`demo data: ${created} applications (submitted and draft) for ${created / 3} measures`);
  return created;
}
