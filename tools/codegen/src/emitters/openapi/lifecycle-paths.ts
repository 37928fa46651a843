import { AUDIT_ACTIONS } from '@pioneer/contracts';
import { ref } from './common-schemas';

type Json = Record<string, unknown>;

const json = (schema: Json) => ({ 'application/json': { schema } });
const err = (status: string, name: string): Json => ({ [status]: { $ref: `#/components/responses/${name}` } });
const AUTH: Json = { ...err('401', 'Unauthorized'), ...err('403', 'Forbidden'), ...err('500', 'InternalError') };
const ID = { $ref: '#/components/parameters/id' };
const label = ref('Label');
const object = (properties: Json, required: string[] = Object.keys(properties)): Json => ({ type: 'object', required, properties });
const text = (description: string): Json => ({ type: 'string', minLength: 2, maxLength: 2000, description });
const fen = (description: string): Json => ({ type: 'integer', minimum: 0, description: `${description} Integer fen.` });

/** Schemas of the lifecycle routes (measure-independent). */
export function lifecycleSchemas(): Record<string, Json> {
  return {
    ApplicationRecord: {
      type: 'object',
      description: "An application of any measure; `data` is that measure's form (see its <Measure>Record).",
      required: ['id', 'policy', 'measure', 'status', 'data', 'amount', 'approvedAmount', 'paidAmount'],
      properties: {
        id: { type: 'string', format: 'uuid' },
        number: { type: ['string', 'null'], readOnly: true, description: 'The readable number (PREFIX-YEAR-000123), assigned by the server.' },
        policy: { type: 'string' },
        measure: { type: 'string' },
        status: ref('ApplicationStatus'),
        data: { type: 'object' },
        decision: { anyOf: [ref('Decision'), { type: 'null' }] },
        amount: { type: ['integer', 'null'] },
        approvedAmount: { type: ['integer', 'null'] },
        paidAmount: { type: 'integer' },
        budgetCode: { type: ['string', 'null'] },
        budgetYear: { type: ['integer', 'null'] },
        statusReason: { type: ['string', 'null'] },
      },
    },
    ReviewAssignment: object({
      reviewer: { type: 'string' },
      assignedAt: { type: 'string', format: 'date-time' },
      conflict: { type: ['boolean', 'null'], description: 'null until declared.' },
      scores: { type: ['object', 'null'], additionalProperties: { type: 'integer' } },
      comment: { type: ['string', 'null'] },
      scoredAt: { type: ['string', 'null'] },
    }),
    AuditEvent: object({ seq: { type: 'integer' }, at: { type: 'string', format: 'date-time' }, actor: { type: 'string' }, role: { type: 'string' }, action: { type: 'string' }, details: { type: 'object' } }),
    AuditLogEvent: object({
      seq: { type: 'integer' },
      at: { type: 'string', format: 'date-time' },
      actor: { type: 'string' },
      role: { type: 'string' },
      action: { type: 'string' },
      entityType: { type: 'string' },
      entityId: { type: 'string' },
      applicationNumber: { type: ['string', 'null'] },
      details: { type: 'object' },
    }),
    AuditLogPage: object({ data: { type: 'array', items: ref('AuditLogEvent') }, total: { type: 'integer', minimum: 0 } }),
    BudgetYear: object({
      policy: { type: 'string' },
      budget: { type: 'string' },
      label,
      year: { type: 'integer' },
      amount: fen("The year's budget."),
      committed: fen('Reserved by approvals.'),
      paid: fen('Paid out.'),
      remaining: fen('Amount less committed.'),
      measures: { type: 'array', items: { type: 'string' } },
    }),
    GroupCount: object({
      key: { type: ['string', 'null'], description: 'The status, measure code or district code; null when the form names none.' },
      count: { type: 'integer', minimum: 0 },
      committed: fen('Approved for the awarded applications of the group.'),
      paid: fen('Paid to them.'),
    }),
    NamedGroupCount: {
      allOf: [ref('GroupCount'), object({ label: { ...label, description: "The measure's or district's name." } })],
    },
    YearStatistics: object({
      year: { type: 'integer' },
      district: {
        anyOf: [object({ code: { type: 'string' }, label }), { type: 'null' }],
        description: "The district the figures are limited to: a district API key's or officer's own, or `?district=`; null: all.",
      },
      budgets: { type: 'array', items: ref('BudgetYear'), description: 'City-wide. Empty for roles that may not read budgets (district officers and keys).' },
      byStatus: { type: 'array', items: ref('GroupCount') },
      byMeasure: { type: 'array', items: ref('NamedGroupCount') },
      byDistrict: { type: 'array', items: ref('NamedGroupCount') },
      totals: object({ count: { type: 'integer', minimum: 0 }, committed: fen('Approved.'), paid: fen('Paid.') }),
    }),
    LedgerEntry: object({
      applicationId: { type: 'string', format: 'uuid' },
      applicationNumber: { type: ['string', 'null'], description: "The application's readable number." },
      kind: { type: 'string', enum: ['reserve', 'release', 'payment'] },
      amount: fen('Always positive; the kind says which way.'),
      at: { type: 'string', format: 'date-time' },
      actor: { type: 'string' },
      reference: { type: ['string', 'null'] },
    }),
    ChainReport: object(
      { events: { type: 'integer' }, ok: { type: 'boolean' }, firstBroken: object({ seq: { type: 'integer' }, id: { type: 'string' }, reason: { type: 'string' } }) },
      ['events', 'ok'],
    ),
  };
}

/** One action on an application: a POST with a small body, answering the application as it now stands. */
function action(operationId: string, summary: string, body: Json, extra: Json = {}): Json {
  return {
    post: {
      operationId,
      tags: ['lifecycle'],
      summary,
      parameters: [ID],
      requestBody: { required: false, content: json({ type: 'object', additionalProperties: false, ...body }) },
      responses: { '200': { description: 'Done.', content: json(ref('ApplicationRecord')) }, ...err('400', 'BadRequest'), ...err('404', 'NotFound'), ...err('409', 'Conflict'), ...AUTH, ...extra },
    },
  };
}

const FORMAT = { name: 'format', in: 'query', schema: { type: 'string', enum: ['csv', 'xlsx'], default: 'csv' } };

/** A file download (CSV or XLSX). */
function exportOf(operationId: string, summary: string, parameters: Json[]): Json {
  const file = { schema: { type: 'string', format: 'binary' } };
  return {
    get: {
      operationId,
      tags: ['lifecycle'],
      summary,
      parameters,
      description:
        'Streamed as it is read (page by page from one snapshot of the database, so other requests go on meanwhile). More rows than PIONEER_EXPORT_MAX_ROWS (50,000) are refused up front with `export-too-large`, saying how to narrow the export: nothing is ever cut off silently.',
      responses: { '200': { description: 'The file.', content: { 'text/csv': file, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': file } }, ...err('400', 'BadRequest'), ...AUTH },
    },
  };
}

const reason = { required: ['reason'], properties: { reason: text('Why, in words: shown to the applicant and audited.') } };

/** The review, approval, payment, withdrawal, budget and audit routes. */
export function lifecyclePaths(): Record<string, Json> {
  const base = '/api/applications/{id}';
  const get = (operationId: string, summary: string, schema: Json, parameters: Json[] = [ID]) => ({
    get: { operationId, tags: ['lifecycle'], summary, parameters, responses: { '200': { description: 'OK.', content: json(schema) }, ...err('404', 'NotFound'), ...AUTH } },
  });
  return {
    [base]: get('getApplication', 'One application of any measure, within what the caller may see', ref('ApplicationRecord')),
    [`${base}/audit`]: get('applicationAudit', 'The audit trail of one application, oldest first', { type: 'array', items: ref('AuditEvent') }),
    [`${base}/review`]: get('applicationReview', 'Its reviewers, their declarations and scores', { type: 'array', items: ref('ReviewAssignment') }),
    [`${base}/reviewers`]: {
      post: {
        operationId: 'assignReviewers',
        tags: ['lifecycle'],
        summary: 'Assign reviewers (admin); the application goes under review',
        parameters: [ID],
        requestBody: { required: true, content: json({ type: 'object', additionalProperties: false, required: ['reviewers'], properties: { reviewers: { type: 'array', minItems: 1, maxItems: 12, uniqueItems: true, items: { type: 'string' } } } }) },
        responses: { '200': { description: 'The assignments.', content: json({ type: 'array', items: ref('ReviewAssignment') }) }, ...err('400', 'BadRequest'), ...err('404', 'NotFound'), ...err('409', 'Conflict'), ...AUTH },
      },
    },
    [`${base}/conflict-declaration`]: {
      post: {
        operationId: 'declareConflict',
        tags: ['lifecycle'],
        summary: 'The assigned reviewer declares a conflict of interest (true) or none (false), before scoring',
        parameters: [ID],
        requestBody: { required: true, content: json({ type: 'object', additionalProperties: false, required: ['conflict'], properties: { conflict: { type: 'boolean' }, note: text('Optional.') } }) },
        responses: { '200': { description: 'The assignment.', content: json(ref('ReviewAssignment')) }, ...err('400', 'BadRequest'), ...err('404', 'NotFound'), ...err('409', 'Conflict'), ...AUTH },
      },
    },
    [`${base}/scores`]: {
      post: {
        operationId: 'scoreApplication',
        tags: ['lifecycle'],
        summary: "The assigned reviewer's scores on the measure's rubric; the last needed completes the review",
        parameters: [ID],
        requestBody: { required: true, content: json({ type: 'object', additionalProperties: false, required: ['scores'], properties: { scores: { type: 'object', additionalProperties: { type: 'integer' } }, comment: text('Optional.') } }) },
        responses: { '200': { description: 'The assignment.', content: json(ref('ReviewAssignment')) }, ...err('400', 'BadRequest'), ...err('404', 'NotFound'), ...err('409', 'Conflict'), ...AUTH },
      },
    },
    [`${base}/recommendation`]: action('recommendApplication', "Without a rubric: the assigned reviewer recommends the engine's amount", { properties: { comment: text('Optional.') } }),
    [`${base}/return`]: action('returnApplication', 'Return for correction (补正), with what the applicant must do', reason),
    [`${base}/approve`]: action('approveApplication', "Approve: decided again from the platform's records, reserved in the year's budget", { properties: { comment: text('Optional.') } }),
    [`${base}/reject`]: action('rejectApplication', 'Reject, with the reason', reason),
    [`${base}/revoke`]: action('revokeApproval', 'Reverse an approval before any payment; its reservation is released', reason),
    [`${base}/payments`]: action('recordPayment', 'Record a payment of part or all of the approved amount', {
      required: ['amount', 'reference'],
      properties: { amount: { type: 'integer', minimum: 1, description: 'Integer fen, at most what is still owed.' }, reference: text("The payment's bank reference.") },
    }),
    [`${base}/withdraw`]: action('withdrawApplication', 'Withdraw (the applicant, or an admin for it), with the reason', reason),
    '/api/budgets': get('budgets', 'Every annual budget in a year: amount, committed, paid, remaining', { type: 'array', items: ref('BudgetYear') }, [{ name: 'year', in: 'query', schema: { type: 'integer', minimum: 2000, maximum: 2100 } }]),
    '/api/budgets/{policy}/{budget}/{year}/entries': get('ledgerEntries', "A budget year's ledger entries, oldest first", object({ data: { type: 'array', items: ref('LedgerEntry') }, total: { type: 'integer' } }), [
      { name: 'policy', in: 'path', required: true, schema: { type: 'string' } },
      { name: 'budget', in: 'path', required: true, schema: { type: 'string' } },
      { name: 'year', in: 'path', required: true, schema: { type: 'integer' } },
      { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
      { name: 'perPage', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200 } },
    ]),
    '/api/exports/applications': exportOf('exportApplications', "A measure's applications (optionally of one budget year), zh-CN headings, amounts in yuan", [
      { name: 'measure', in: 'query', required: true, schema: { type: 'string' } },
      { name: 'year', in: 'query', schema: { type: 'integer' } },
      { name: 'ids', in: 'query', description: 'Only these applications (ids separated by commas, at most 100): the rows selected in a list.', schema: { type: 'string' } },
      FORMAT,
    ]),
    '/api/exports/ledger/{policy}/{budget}/{year}': exportOf('exportLedger', "A budget year's ledger, zh-CN headings, amounts in yuan", [
      { name: 'policy', in: 'path', required: true, schema: { type: 'string' } },
      { name: 'budget', in: 'path', required: true, schema: { type: 'string' } },
      { name: 'year', in: 'path', required: true, schema: { type: 'integer' } },
      FORMAT,
    ]),
    '/api/statistics': get(
      'statistics',
      "A year's figures within the caller's scope (the dashboard; a district API key or officer: its own district only): budgets, applications by status, measure and district",
      ref('YearStatistics'),
      [
        { name: 'year', in: 'query', schema: { type: 'integer', minimum: 2000, maximum: 2100 } },
        { name: 'district', in: 'query', schema: { type: 'string' }, description: "One district's figures (a district key or officer: only its own)." },
      ],
    ),
    '/api/audit/verify': get('verifyAudit', "Whether the audit log's hash chain is intact (admin)", ref('ChainReport'), []),
    '/api/audit/events': get('auditLog', 'The audit log, newest first, a page at a time, optionally narrowed (admin)', ref('AuditLogPage'), [
      { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
      { name: 'perPage', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200 } },
      { name: 'action', in: 'query', schema: { type: 'string', enum: [...AUDIT_ACTIONS] }, description: 'Only events of this kind.' },
      { name: 'actor', in: 'query', schema: { type: 'string', minLength: 1, maxLength: 200 }, description: 'Only events by this subject, exactly.' },
      { name: 'entity', in: 'query', schema: { type: 'string', minLength: 1, maxLength: 64 }, description: "Only events concerning this entity: an application's readable number or id, or any entity's id." },
      { name: 'from', in: 'query', schema: { type: 'string', format: 'date' }, description: "From this day (inclusive), in the API's time zone." },
      { name: 'to', in: 'query', schema: { type: 'string', format: 'date' }, description: "To this day (inclusive), in the API's time zone; not before `from`." },
    ]),
  };
}
