import { ref } from './common-schemas';

type Json = Record<string, unknown>;

/** Must equal the API's MAX_BULK_APPROVALS (libs/api-applications): checked by the API's route tests. */
const MAX_IDS = 100;

const json = (schema: Json) => ({ 'application/json': { schema } });
const err = (status: string, name: string): Json => ({ [status]: { $ref: `#/components/responses/${name}` } });

/** Schemas of `POST /api/approvals`. */
export function bulkApprovalSchemas(): Record<string, Json> {
  const id = { type: 'string', format: 'uuid' };
  return {
    BulkApprovalResult: {
      oneOf: [
        {
          type: 'object',
          required: ['id', 'number', 'outcome', 'approvedAmount'],
          properties: {
            id,
            number: { type: ['string', 'null'], description: 'The readable application number.' },
            outcome: { const: 'approved' },
            approvedAmount: { type: 'integer', minimum: 1, description: 'Reserved from the budget. Integer fen.' },
            cut: { ...ref('Label'), description: 'Present when the budget cut the amount: why, in both languages.' },
          },
        },
        {
          type: 'object',
          required: ['id', 'outcome', 'error'],
          properties: {
            id: { type: 'string' },
            outcome: { const: 'refused' },
            error: { ...ref('Error'), description: 'The error body the single route (POST /api/applications/{id}/approve) would answer, with its status.' },
          },
        },
      ],
    },
    BulkApprovalResponse: {
      type: 'object',
      required: ['results', 'approved', 'refused'],
      properties: {
        results: { type: 'array', items: ref('BulkApprovalResult'), description: 'One per id, in the order given.' },
        approved: { type: 'integer', minimum: 0 },
        refused: { type: 'integer', minimum: 0 },
      },
    },
  };
}

/** `POST /api/approvals`: a review committee's list approved at once, in its order of priority. */
export function bulkApprovalPaths(): Record<string, Json> {
  return {
    '/api/approvals': {
      post: {
        operationId: 'approveApplications',
        tags: ['lifecycle'],
        summary: 'Approve a list of applications at once, in the order given (the priority when the budget runs out)',
        description:
          'Each id is approved exactly as POST /api/applications/{id}/approve does it: its own transaction and audit event, decided again from the records, reserved from the budget (cut or refused with the reason when it runs short), one after another in the order given. One refused id never stops the others: the answer is 200 with one result per id. A bad list (not 1 to 100 distinct ids, an unknown field, a bad comment) is a 400 and nothing is approved.',
        requestBody: {
          required: true,
          content: json({
            type: 'object',
            additionalProperties: false,
            required: ['ids'],
            properties: {
              ids: { type: 'array', minItems: 1, maxItems: MAX_IDS, uniqueItems: true, items: { type: 'string', format: 'uuid' }, description: 'Application ids, highest priority first.' },
              comment: { type: 'string', minLength: 2, maxLength: 2000, description: 'Optional; recorded with each approval.' },
            },
          }),
        },
        responses: { '200': { description: 'One result per id.', content: json(ref('BulkApprovalResponse')) }, ...err('400', 'BadRequest'), ...err('401', 'Unauthorized'), ...err('403', 'Forbidden'), ...err('500', 'InternalError') },
      },
    },
  };
}
