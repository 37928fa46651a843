type Json = Record<string, unknown>;

const error = (name: string) => ({ $ref: `#/components/responses/${name}` });
const errorBody = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
const json = (description: string): Json => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const code = { name: 'code', in: 'path', required: true, description: 'The measure code (kebab-case).', schema: { type: 'string' } };

/** The body every studio route that takes an edit reads (libs/api-studio studio-request.dto.ts). */
const EDIT_BODY: Json = {
  type: 'object',
  required: ['measure'],
  properties: {
    measure: { type: 'object', description: 'The edited measure file, the whole JSON document.' },
    newCases: {
      type: 'array',
      description: 'Cases added in the studio: a file name under cases/<measure>/ and a case (schemas/inputs/test-case.schema.json).',
      items: {
        type: 'object',
        required: ['name', 'testCase'],
        properties: { name: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,80}$' }, testCase: { type: 'object' } },
      },
    },
    application: { type: 'object', description: 'evaluate only: the application form to try.' },
    asOf: {
      type: 'string',
      format: 'date',
      description: 'evaluate: the date to decide on; what-if: decide every application on this date instead of its submission day.',
    },
    history: { type: 'array', items: { type: 'object' }, description: 'evaluate only: schemas/inputs/funding-history.schema.json.' },
    scores: { type: 'array', items: { type: 'object' }, description: 'evaluate only: schemas/inputs/reviewer-scores.schema.json.' },
    placement: {
      type: 'object',
      required: ['policy'],
      description: "A new measure only: its policy, and the budget and exclusivity group of policy.json that list it (publish writes policy.json too).",
      properties: { policy: { type: 'string' }, budget: { type: 'string' }, exclusivityGroup: { type: 'string' } },
    },
  },
};

/** A new measure's choices (libs/api-studio new-measure.service.ts): each must be one the policy file offers. */
const NEW_MEASURE_BODY: Json = {
  type: 'object',
  required: ['code', 'family', 'section', 'units'],
  properties: {
    code: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$', description: 'Unused in every policy.' },
    family: { type: 'string', description: "The scaffold's formula family (the meta-schema's x-measure.family)." },
    section: { type: 'string', description: 'A section code of policy.json.' },
    units: { type: 'array', minItems: 1, items: { type: 'string' }, description: 'Responsible unit codes of policy.json.' },
    budget: { type: 'string', description: 'A budget code of policy.json that will list the measure.' },
    exclusivityGroup: { type: 'string', description: 'An exclusivity group code of policy.json that will list the measure.' },
  },
};

const REFUSED = {
  '400': error('BadRequest'),
  '401': error('Unauthorized'),
  '403': errorBody(
    'Not an admin, or the studio is not enabled here (production, or neither NODE_ENV=development nor PIONEER_STUDIO=1): the message says which.',
  ),
  '404': error('NotFound'),
};

function post(operationId: string, summary: string, ok: string, extra: Json = {}): Json {
  return {
    post: {
      operationId,
      tags: ['studio'],
      summary,
      parameters: [code],
      requestBody: { required: true, content: { 'application/json': { schema: EDIT_BODY } } },
      responses: { '200': json(ok), ...REFUSED, ...extra, '500': error('InternalError') },
    },
  };
}

const HAS_PROBLEMS = {
  '422': errorBody(
    'The edited measure has problems (issues: pointer and the line `pioneer check` prints), or a saved case file is wrong. Nothing was written.',
  ),
};

/** The measure studio's routes (libs/api-studio), admins only, written by hand in the API and described here once. */
export function studioPaths(): Record<string, Json> {
  return {
    '/api/studio/policies': {
      get: {
        operationId: 'studioPolicies',
        tags: ['studio'],
        summary: 'Every policy and measure file with its parameter versions, effective dates and number of test cases',
        responses: { '200': json('The policies and their measures.'), ...REFUSED, '500': error('InternalError') },
      },
    },
    '/api/studio/policies/{policy}/measures': {
      post: {
        operationId: 'studioNewMeasure',
        tags: ['studio'],
        summary: "A new measure from the scaffold's template of a family, placed in the policy: a staged edit, nothing written",
        parameters: [{ name: 'policy', in: 'path', required: true, description: 'The policy code.', schema: { type: 'string' } }],
        requestBody: { required: true, content: { 'application/json': { schema: NEW_MEASURE_BODY } } },
        responses: { '200': json('The staged measure, its first case, its placement and the meta-schema.'), ...REFUSED, '500': error('InternalError') },
      },
    },
    '/api/studio/measures/{code}': {
      get: {
        operationId: 'studioMeasure',
        tags: ['studio'],
        summary: 'A measure file as saved, its test cases, its example application and the measure meta-schema',
        parameters: [code],
        responses: { '200': json('The measure.'), ...REFUSED, '500': error('InternalError') },
      },
    },
    '/api/studio/measures/{code}/check': post(
      'studioCheck',
      'Check an unsaved edit as `pioneer check` does',
      'The problems, each with its JSON pointer (none: it compiles).',
    ),
    '/api/studio/measures/{code}/evaluate': post(
      'studioEvaluate',
      'Decide an application with an unsaved edit (the try-it panel)',
      'The decision and its trace in both languages.',
      HAS_PROBLEMS,
    ),
    '/api/studio/measures/{code}/cases': post(
      'studioCases',
      "Run the measure's test cases, saved and new, on an unsaved edit",
      'Each case: passed, the differences, the decision and its trace.',
      HAS_PROBLEMS,
    ),
    '/api/studio/measures/{code}/what-if': post(
      'studioWhatIf',
      'Decide the stored applications with the published and the edited version',
      'Per application the award before and after and whether eligibility flips; totals; the committed budget per budget year.',
      HAS_PROBLEMS,
    ),
    '/api/studio/measures/{code}/publish': post(
      'studioPublish',
      'Write the measure file and its new cases, after check, cases and the generator all succeed',
      'The files written, each with its unified diff, and the cases run.',
      { '422': errorBody('The edit has problems, a case failed or the generator failed: nothing was written; issues say what.') },
    ),
  };
}
