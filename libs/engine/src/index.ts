/**
 * @pioneer/engine — pure TypeScript, no Node-only import: the API, the backoffice, the portal and
 * the SDK all decide applications with this code, so they always agree.
 */
export * from './lib/types';
export {
  compilePolicy,
  CompiledPolicy,
  UnknownMeasureError,
  MEASURE_META_ID,
  POLICY_META_ID,
  type CompileOptions,
} from './lib/policy/compile-policy';
export type { Budget, ExclusivityGroup, PolicyInfo } from './lib/policy/policy.types';
export { budgetAmount } from './lib/policy/budget-amount';
export { checkPolicySet } from './lib/policy/check-policy-set';
export { AWARD_SCOPES, MEASURE_REF } from './expression/history.operators';
export type { CompiledMeasure, MeasureInfo, CompiledRule } from './lib/measure/compile-measure';
export { collectFields, mergeRef, type FieldEntry, type FormField, type FieldUi } from './lib/fields';
export { formOnly, inlineRefs } from './lib/form-schema';
export { problemKey, problemText, UNCLASSIFIED, type ProblemKey } from './lib/problem-text/problem-text';
export { PROBLEM_KINDS, type ProblemKind } from './lib/problem-text/problem-catalogue';
export type { ParameterDef, ParameterVersion, Band } from './lib/measure/parameters';
export { versionInForce } from './lib/measure/parameters';
export type { Rubric } from './lib/rubric';
export { shareOf, roundFen, parseRate, formatRate, formatYuan, moneyLabel, groupThousands, type Rounding } from './lib/money';
export { parseMoneyInput, MONEY_INPUT_MESSAGES, type MoneyInputProblem, type MoneyInputResult } from './lib/money-input';
export { monthsBetween, daysBetween, budgetYear } from './lib/dates';
export { isValidUscc, usccCheckCharacter } from './lib/uscc';
export { createAjv, localiseErrors, validationPhrase, EXTENSION_KEYWORDS, type SchemaError } from './lib/validation';
export { OPERATOR_NAMES } from './expression/compile-expression';
export { withoutUnit } from './lib/messages';
export { traceMessage, TRACE_MESSAGES, type TraceParams } from './lib/trace/trace-messages';
export { capScopeWords } from './lib/policy/history-rules';
export { runCase, expectationOf, type MeasureTestCase, type CaseExpectation, type CaseDifference, type CaseResult } from './lib/cases/run-case';
