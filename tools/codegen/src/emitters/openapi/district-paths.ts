import { nullable, ref } from './common-schemas';

type Json = Record<string, unknown>;

const json = (schema: Json) => ({ 'application/json': { schema } });
const err = (status: string, name: string): Json => ({ [status]: { $ref: `#/components/responses/${name}` } });
const AUTH: Json = { ...err('401', 'Unauthorized'), ...err('403', 'Forbidden'), ...err('500', 'InternalError') };
const fen = (description: string): Json => ({ type: 'integer', minimum: 0, description: `${description} Integer fen.` });
const query = (name: string, schema: Json, description: string): Json => ({ name, in: 'query', schema, description });

/** The shapes of the district routes: a district's co-funding share, the co-funding ledger (statistics: `/api/statistics`). */
export function districtSchemas(): Record<string, Json> {
  return {
    CofundingInput: {
      type: 'object',
      required: ['amount'],
      additionalProperties: false,
      properties: { amount: fen("The district's share, at most the approved award."), note: { type: ['string', 'null'], maxLength: 500 } },
    },
    CofundingRow: {
      type: 'object',
      required: ['applicationId', 'measure', 'measureName', 'award', 'districtShare', 'cityShare'],
      properties: {
        applicationId: { type: 'string', format: 'uuid' },
        measure: { type: 'string' },
        measureName: ref('Label'),
        applicantId: nullable({ type: 'string' }),
        district: nullable({ type: 'string' }),
        year: nullable({ type: 'integer' }),
        award: fen('Approved.'),
        districtShare: fen('Paid by the district (clause 十).'),
        cityShare: fen('Paid by the city: the award less the district share.'),
        recordedBy: nullable({ type: 'string' }),
        recordedAt: nullable({ type: 'string', format: 'date-time' }),
      },
    },
    CofundingLedger: {
      type: 'object',
      required: ['year', 'district', 'rows', 'totals'],
      properties: {
        year: nullable({ type: 'integer' }),
        district: nullable({ type: 'string' }),
        rows: { type: 'array', items: ref('CofundingRow') },
        totals: { type: 'object', required: ['award', 'district', 'city'], properties: { award: fen('Sum.'), district: fen('Sum.'), city: fen('Sum.') } },
      },
    },
  };
}

/** Clause 十 co-funding (district statistics are `/api/statistics`, scoped to the key's district). */
export function districtPaths(): Record<string, Json> {
  return {
    '/api/applications/{id}/cofunding': {
      post: {
        operationId: 'recordCofunding',
        tags: ['district'],
        summary: "Record (or replace) the district's share of an approved award (clause 十)",
        parameters: [{ $ref: '#/components/parameters/id' }],
        requestBody: { required: true, content: json(ref('CofundingInput')) },
        responses: { '201': { description: 'Recorded.', content: json(ref('CofundingRow')) }, ...err('400', 'BadRequest'), ...err('404', 'NotFound'), ...err('409', 'Conflict'), ...AUTH },
      },
    },
    '/api/cofunding/ledger': {
      get: {
        operationId: 'cofundingLedger',
        tags: ['district'],
        summary: "Each approved award with the city's and the district's shares, and totals",
        parameters: [query('year', { type: 'integer', minimum: 2000, maximum: 2100 }, 'Budget year.'), query('district', { type: 'string' }, 'Admins and approvers: one district.')],
        responses: { '200': { description: 'OK.', content: json(ref('CofundingLedger')) }, ...err('400', 'BadRequest'), ...AUTH },
      },
    },
  };
}
