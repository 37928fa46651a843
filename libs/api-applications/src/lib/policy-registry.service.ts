import { Injectable, Logger } from '@nestjs/common';
import { loadPolicies } from '@pioneer/contracts';
import type { CompiledMeasure, CompiledPolicy } from '@pioneer/engine';

let compiled: PolicyRegistry | undefined;

/** Reads a dot path (`applicant.creditCode`) of an application. */
export function readPath(data: unknown, path: string | undefined): unknown {
  if (!path) return undefined;
  let value = data;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** `applicant.creditCode` → `/applicant/creditCode`. */
export const pointerOf = (path: string): string => `/${path.split('.').join('/')}`;

/**
 * The engine's policies, compiled once at start from the generated bundles (@pioneer/contracts),
 * and which policy each measure belongs to.
 */
@Injectable()
export class PolicyRegistry {
  private readonly byMeasure = new Map<string, CompiledPolicy>();

  constructor(policies: CompiledPolicy[]) {
    for (const policy of policies) for (const code of policy.measures.keys()) this.byMeasure.set(code, policy);
  }

  /**
   * Compiles the generated policies once per process (compiled policies are plain data, safe to
   * share between application instances, e.g. in tests).
   */
  static shared(): PolicyRegistry {
    if (!compiled) {
      const started = Date.now();
      const policies = loadPolicies();
      compiled = new PolicyRegistry(policies);
      new Logger(PolicyRegistry.name).log(`${policies.length} policy(ies), ${compiled.byMeasure.size} measures compiled in ${Date.now() - started} ms`);
    }
    return compiled;
  }

  /** The policy a measure belongs to; every generated route names a known measure. */
  policyOf(measure: string): CompiledPolicy {
    const policy = this.byMeasure.get(measure);
    if (!policy) throw new Error(`measure '${measure}' is in no compiled policy: run npm run generate`);
    return policy;
  }

  measure(code: string): CompiledMeasure {
    return this.policyOf(code).measure(code);
  }

  /** The applicant's id (`subjects.applicantId`) and district (`subjects.district`) in a form. */
  subjectsOf(measure: string, data: unknown): { applicantId: string | null; district: string | null; applicantPath: string } {
    const { subjects } = this.policyOf(measure).info;
    const applicantId = readPath(data, subjects.applicantId);
    const district = readPath(data, subjects.district);
    return {
      applicantId: typeof applicantId === 'string' ? applicantId : null,
      district: typeof district === 'string' ? district : null,
      applicantPath: subjects.applicantId,
    };
  }

  /** Every compiled policy. */
  all(): CompiledPolicy[] {
    return [...new Set(this.byMeasure.values())];
  }

  /** Every measure code with an application form. */
  measuresWithForm(): string[] {
    return [...this.byMeasure.keys()].filter((code) => this.measure(code).info.family !== 'informational');
  }
}
