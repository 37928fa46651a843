import { APPLICATION_SORT_FIELDS, APPLICATION_STATUSES as CONTRACT_STATUSES } from '@pioneer/contracts';

type Json = Record<string, unknown>;

export const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
export const nullable = (schema: Json): Json => ({ anyOf: [schema, { type: 'null' }] });
const object = (properties: Json, required: string[] = Object.keys(properties), extra: Json = {}): Json => ({ type: 'object', required, properties, ...extra });
const integer = (description?: string): Json => ({ type: 'integer', ...(description ? { description } : {}) });

/** The lifecycle's statuses and the sortable columns, named once in @pioneer/contracts. */
export const APPLICATION_STATUSES = [...CONTRACT_STATUSES];
export const SORTABLE = [...APPLICATION_SORT_FIELDS];

/** Schemas shared by every measure: errors, the engine's decision and its parts, the catalogue. */
export function commonSchemas(): Record<string, Json> {
  const label = ref('Label');
  return {
    Label: object({ 'zh-CN': { type: 'string' }, en: { type: 'string' } }, ['zh-CN', 'en'], { description: 'A text in Simplified Chinese and English.' }),
    Issue: object({ pointer: { type: 'string', description: 'JSON pointer to the field at fault ("" for the whole body).' }, message: label }),
    Error: object(
      {
        statusCode: integer('The HTTP status.'),
        error: { type: 'string', description: 'A machine-readable code, e.g. validation-failed, not-found, not-editable, idempotency-key-reused.' },
        message: { ...label, description: 'What went wrong and what to do next, in both languages.' },
        issues: { type: 'array', items: ref('Issue') },
      },
      ['statusCode', 'error', 'message'],
    ),
    ApplicationStatus: { type: 'string', enum: APPLICATION_STATUSES },
    ValidationIssue: object({ pointer: { type: 'string' }, keyword: { type: 'string' }, message: label }),
    TraceLine: object({ step: { type: 'string', enum: ['version', 'validation', 'eligibility', 'policy', 'award', 'score'] }, ref: { type: 'string' }, message: label }, ['step', 'message']),
    RuleOutcome: object(
      { code: { type: 'string' }, label, passed: { type: ['boolean', 'null'], description: 'null: cannot be decided from the facts given.' }, reason: label, kind: { type: 'string', enum: ['eligibility', 'policy'] } },
      ['code', 'label', 'passed', 'kind'],
    ),
    MoneyRange: object({ min: integer('Integer fen.'), max: integer('Integer fen.') }),
    AwardOutcome: object(
      {
        family: { type: 'string', enum: ['share-of-base', 'matching', 'fixed-tiers', 'discretionary', 'benefit', 'informational'] },
        amount: { type: ['integer', 'null'], description: 'Integer fen; null while it waits on scores or facts.' },
        range: nullable(ref('MoneyRange')),
        rateBasisPoints: integer(),
        beforeCut: integer('Integer fen: the award before a policy-wide cut.'),
        benefit: object({ unit: { type: 'string', enum: ['months'] }, min: integer(), max: integer(), label }),
      },
      ['family', 'amount', 'range'],
    ),
    ScoreOutcome: object({ total: { type: 'number' }, reviewers: integer(), method: { type: 'string' } }),
    Decision: object(
      {
        measure: { type: 'string' },
        version: { type: ['string', 'null'], description: 'The parameter version applied.' },
        asOf: { type: 'string', format: 'date' },
        status: { type: 'string', enum: ['invalid', 'not-accepted', 'ineligible', 'eligible'] },
        errors: { type: 'array', items: ref('ValidationIssue') },
        rules: { type: 'array', items: ref('RuleOutcome') },
        award: nullable(ref('AwardOutcome')),
        score: nullable(ref('ScoreOutcome')),
        trace: { type: 'array', items: ref('TraceLine') },
      },
      undefined,
      { description: "The engine's decision with its trace: the same data the backoffice, the portal and the SDK show." },
    ),
    Eligibility: object({ status: { type: 'string', enum: ['eligible', 'possible', 'ineligible', 'informational', 'not-open'] }, rules: { type: 'array', items: ref('RuleOutcome') } }),
    MeasureCatalogueEntry: object(
      {
        code: { type: 'string' },
        route: { type: 'string', description: 'API route of its applications, without the /api prefix.' },
        policy: { type: 'string' },
        clause: { type: 'string' },
        name: label,
        summary: label,
        formula: label,
        family: { type: 'string' },
        hasForm: { type: 'boolean' },
      },
      ['code', 'route', 'policy', 'clause', 'name', 'family', 'hasForm'],
      { description: 'A measure as the catalogue lists it (more fields: see @pioneer/contracts MeasureCatalogueEntry).' },
    ),
    Health: object(
      { status: { type: 'string', enum: ['ok'] }, database: { type: 'string', enum: ['sqlite', 'postgres'], description: 'Signed-in callers only.' }, measures: integer('Signed-in callers only.') },
      ['status'],
    ),
  };
}

/** Error responses, by name. */
export function errorResponses(): Record<string, Json> {
  const response = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });
  return {
    BadRequest: response('The request or the application is invalid; `issues` names each field (JSON pointer). Nothing was changed.'),
    Unauthorized: response('No or unknown bearer token.'),
    Forbidden: response("The caller's role may not do this, or an applicant acts for another organisation."),
    NotFound: response('No such application visible to the caller.'),
    Conflict: response('The application is not in a status that allows this, or the idempotency key was used for another application.'),
    PayloadTooLarge: response('The body is over the size limit.'),
    InternalError: response('An unexpected error; the body carries a reference to quote, never a stack trace.'),
  };
}
