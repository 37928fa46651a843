import path from 'node:path';
import type { MeasureIR } from '../../ir/ir.types';
import { ref } from './common-schemas';

type Json = Record<string, unknown>;

const json = (schema: Json) => ({ 'application/json': { schema } });
const errors = (...names: string[]): Json => Object.fromEntries(names.map((name) => [ERROR_STATUS[name], { $ref: `#/components/responses/${name}` }]));
const ERROR_STATUS: Record<string, string> = { BadRequest: '400', Unauthorized: '401', Forbidden: '403', NotFound: '404', Conflict: '409', PayloadTooLarge: '413', InternalError: '500' };
const AUTH = ['Unauthorized', 'Forbidden', 'InternalError'];
const param = (name: string) => ({ $ref: `#/components/parameters/${name}` });
/** A list filter on a form field the measure marks filterable (`x-ui.filter`): equality on its value. */
const dataFilter = (fieldPath: string) => ({ name: `data.${fieldPath}`, in: 'query', description: `Only applications whose form field ${fieldPath} equals this value.`, schema: { type: 'string' } });

/** Query, path and header parameters shared by every measure. */
export function commonParameters(statuses: string[], sortable: string[]): Record<string, Json> {
  return {
    id: { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
    page: { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
    perPage: { name: 'perPage', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 25 } },
    status: { name: 'status', in: 'query', schema: { type: 'string', enum: statuses } },
    sort: { name: 'sort', in: 'query', schema: { type: 'string', enum: sortable, default: 'createdAt' } },
    order: { name: 'order', in: 'query', schema: { type: 'string', enum: ['ASC', 'DESC'], default: 'DESC' } },
    applicantId: { name: 'applicantId', in: 'query', description: "Only this applicant's (credit code).", schema: { type: 'string' } },
    district: { name: 'district', in: 'query', schema: { type: 'string' } },
    q: {
      name: 'q',
      in: 'query',
      description: 'Keyword (1–100 characters, case-blind): applications whose readable number or a text column of the list (organisation name, project title…) contains it.',
      schema: { type: 'string', minLength: 1, maxLength: 100 },
    },
    asOf: { name: 'asOf', in: 'query', description: 'The date whose parameter version applies (default: today).', schema: { type: 'string', format: 'date' } },
    idempotencyKey: {
      name: 'Idempotency-Key',
      in: 'header',
      description: 'Optional: a repeat with the same key returns the stored result instead of submitting again.',
      schema: { type: 'string', minLength: 1, maxLength: 200 },
    },
  };
}

/** Component schema names of one measure. */
export const measureSchemaNames = (m: MeasureIR) => ({
  form: m.names.typeName,
  draft: `${m.names.typeName}Draft`,
  record: `${m.names.typeName}Record`,
  page: `${m.names.typeName}Page`,
});

/** The seven operations of one measure, under /api. */
export function measurePaths(m: MeasureIR): Record<string, Json> {
  const base = `/api${path.posix.dirname(m.names.route)}`;
  const collection = `/api${m.names.route}`;
  const names = measureSchemaNames(m);
  const tags = [m.names.code];
  const operation = (name: string, summary: string, rest: Json): Json => ({ operationId: `${m.names.camel}${name}`, tags, summary, ...rest });
  const record = { description: 'The application.', content: json(ref(names.record)) };
  return {
    [collection]: {
      post: operation('Create', 'Create a draft application', {
        description: 'The body is the application form, possibly incomplete; it may hold only the form\'s own fields, each of its type. Status, decision, amount and applicant are the server\'s.',
        requestBody: { required: true, content: json(ref(names.draft)) },
        responses: { '201': { description: 'The draft.', content: json(ref(names.record)) }, ...errors('BadRequest', 'PayloadTooLarge', ...AUTH) },
      }),
      get: operation('List', 'List applications (applicants see their own only)', {
        description: 'Filters: the parameters below, and `data.<path>=<value>` (equality) on the form fields the measure marks filterable. Any other parameter is a 400 naming it.',
        parameters: [...['page', 'perPage', 'q', 'status', 'sort', 'order', 'applicantId', 'district'].map(param), ...m.filterFields.map(dataFilter)],
        responses: { '200': { description: 'A page and the total count.', content: json(ref(names.page)) }, ...errors('BadRequest', ...AUTH) },
      }),
    },
    [`${collection}/{id}`]: {
      parameters: [param('id')],
      get: operation('Get', 'Get one application', { responses: { '200': record, ...errors('NotFound', ...AUTH) } }),
      patch: operation('Update', "Replace a draft's form", {
        requestBody: { required: true, content: json(ref(names.draft)) },
        responses: { '200': record, ...errors('BadRequest', 'NotFound', 'Conflict', 'PayloadTooLarge', ...AUTH) },
      }),
    },
    [`${collection}/{id}/submit`]: {
      parameters: [param('id')],
      post: operation('Submit', 'Submit a draft: full validation, then the decision with the parameters in force today', {
        parameters: [param('idempotencyKey')],
        responses: { '200': record, ...errors('BadRequest', 'NotFound', 'Conflict', ...AUTH) },
      }),
    },
    [`${base}/estimate`]: {
      post: operation('Estimate', 'Estimate the award for a complete application (nothing is stored)', {
        parameters: [param('asOf')],
        requestBody: { required: true, content: json(ref(names.form)) },
        responses: { '200': { description: 'The decision and its trace.', content: json(ref('Decision')) }, ...errors('BadRequest', 'PayloadTooLarge', ...AUTH) },
      }),
    },
    [`${base}/eligibility`]: {
      post: operation('Eligibility', 'Check eligibility from a partial form (rules needing missing facts are undecided)', {
        parameters: [param('asOf')],
        requestBody: { required: true, content: json(ref(names.draft)) },
        responses: { '200': { description: 'The status and every rule.', content: json(ref('Eligibility')) }, ...errors('BadRequest', 'PayloadTooLarge', ...AUTH) },
      }),
    },
  };
}

/** The record and page schemas of one measure. */
export function recordSchemas(m: MeasureIR): Record<string, Json> {
  const names = measureSchemaNames(m);
  const date = { type: 'string', format: 'date-time' };
  const text = (description?: string) => ({ type: ['string', 'null'], ...(description ? { description } : {}) });
  return {
    [names.record]: {
      type: 'object',
      description: `An application to ${m.name.en} (${m.name['zh-CN']}).`,
      required: ['id', 'number', 'policy', 'measure', 'status', 'version', 'applicantId', 'district', 'data', 'decision', 'amount', 'approvedAmount', 'paidAmount', 'budgetCode', 'budgetYear', 'statusReason', 'submittedAt', 'createdAt', 'updatedAt'],
      properties: {
        id: { type: 'string', format: 'uuid' },
        number: { ...text('The readable number (PREFIX-YEAR-000123): assigned by the server at creation; read-only.'), readOnly: true },
        policy: { type: 'string', const: m.policy },
        measure: { type: 'string', const: m.names.code },
        status: ref('ApplicationStatus'),
        version: text('The parameter version the decision used (set at submission).'),
        applicantId: text("The applicant's credit code."),
        district: text(),
        data: ref(names.draft),
        decision: { anyOf: [ref('Decision'), { type: 'null' }] },
        amount: { type: ['integer', 'null'], minimum: 0, description: 'The award in integer fen; null until decided or when not money.' },
        approvedAmount: { type: ['integer', 'null'], minimum: 0, description: 'Integer fen committed at approval.' },
        paidAmount: { type: 'integer', minimum: 0, description: 'Integer fen paid so far.' },
        budgetCode: text('The annual budget the approval committed against.'),
        budgetYear: { type: ['integer', 'null'] },
        statusReason: text('The reason given with the last return, rejection or withdrawal.'),
        submittedAt: { anyOf: [date, { type: 'null' }] },
        createdAt: date,
        updatedAt: date,
      },
    },
    [names.page]: {
      type: 'object',
      required: ['data', 'total'],
      properties: { data: { type: 'array', items: ref(names.record) }, total: { type: 'integer', minimum: 0 } },
    },
  };
}
