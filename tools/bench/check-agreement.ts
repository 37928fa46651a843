/**
 * Before anything is timed: every contender must give the same answer on every input. A
 * benchmark of code that decides differently measures nothing, so any disagreement throws.
 */
import type { CompiledPolicy, Decision } from '@pioneer/engine';
import type { Engine } from 'json-rules-engine';
import type { BenchInput } from './compute-voucher-inputs';
import { validateComputeVoucherDto } from './peers/class-validator.peer';
import { decideByHand } from './peers/hand-written.peer';
import { decideWithJsonRulesEngine, type PeerDecision } from './peers/json-rules-engine.peer';

const MEASURE = 'compute-voucher';

/** Pioneer's decision reduced to what the peer also decides. */
export function summarise(decision: Decision): PeerDecision {
  const eligible = decision.status === 'eligible';
  return {
    // 'not-accepted' (outside the validity window) has no peer equivalent: it shows as a disagreement.
    status: decision.status as PeerDecision['status'],
    failed: decision.rules
      .filter((r) => r.kind === 'eligibility' && r.passed === false)
      .map((r) => r.code)
      .sort(),
    amount: eligible ? (decision.award?.amount ?? null) : null,
    rateBp: eligible ? (decision.award?.rateBasisPoints ?? null) : null,
  };
}

const show = (d: PeerDecision) => JSON.stringify(d);

/** Pioneer's evaluate, the hand-written rules and each json-rules-engine peer agree on status, failed rules, rate and award. */
export async function assertDecisionsAgree(
  policy: CompiledPolicy,
  engines: Record<string, Engine>,
  inputs: BenchInput[],
): Promise<string[]> {
  const isValid = (app: unknown) => policy.validate(MEASURE, app).length === 0;
  const lines: string[] = [];
  for (const input of inputs) {
    const ours = summarise(policy.evaluate(MEASURE, input.app, { asOf: input.asOf }));
    const byHand = decideByHand(isValid, input.app, input.asOf);
    if (show(ours) !== show(byHand))
      throw new Error(`disagreement on '${input.label}':\n  Pioneer: ${show(ours)}\n  hand-written: ${show(byHand)}`);
    for (const [name, engine] of Object.entries(engines)) {
      const theirs = await decideWithJsonRulesEngine(engine, isValid, input.app, input.asOf);
      if (show(ours) !== show(theirs)) {
        throw new Error(`disagreement on '${input.label}':\n  Pioneer: ${show(ours)}\n  ${name}: ${show(theirs)}`);
      }
    }
    const expectedStatus = input.expected === 'startup' ? 'eligible' : input.expected;
    const expectedRate = input.expected === 'startup' ? 6000 : input.expected === 'eligible' ? 5000 : null;
    if (ours.status !== expectedStatus || ours.rateBp !== expectedRate) {
      throw new Error(`input '${input.label}' was built to be ${input.expected}, but both sides say ${show(ours)}: fix the input`);
    }
    const outcome =
      ours.status === 'eligible' ? `${ours.amount} fen at ${(ours.rateBp ?? 0) / 100}%` : ours.failed.join(', ') || ours.status;
    lines.push(`${input.label.padEnd(54)} ${ours.status.padEnd(10)} ${outcome}`);
  }
  return lines;
}

/** Pioneer's ajv validation and the class-validator DTOs accept and reject the same inputs. */
export function assertValidationAgrees(policy: CompiledPolicy, inputs: BenchInput[]): void {
  for (const input of inputs) {
    const ours = policy.validate(MEASURE, input.app);
    const theirs = validateComputeVoucherDto(input.app);
    if ((ours.length === 0) !== (theirs.length === 0)) {
      const detail = theirs.length
        ? JSON.stringify(theirs.map((e) => [e.property, e.constraints, e.children?.length]))
        : ours.map((i) => i.message.en).join('; ');
      throw new Error(
        `validation disagreement on '${input.label}': Pioneer ${ours.length} issue(s), class-validator ${theirs.length} error(s): ${detail}`,
      );
    }
    if ((ours.length === 0) !== (input.expected !== 'invalid')) {
      throw new Error(
        `input '${input.label}' was built to be ${input.expected}, but both validators say ${ours.length ? 'invalid' : 'valid'}: fix the input`,
      );
    }
  }
}
