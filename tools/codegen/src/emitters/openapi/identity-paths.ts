import { ref } from './common-schemas';

type Json = Record<string, unknown>;

const json = (schema: Json) => ({ 'application/json': { schema } });
const errors = (...names: string[]): Json => Object.fromEntries(names.map((name) => [STATUS[name], { $ref: `#/components/responses/${name}` }]));
const STATUS: Record<string, string> = { BadRequest: '400', Unauthorized: '401', Forbidden: '403', NotFound: '404', Conflict: '409', PayloadTooLarge: '413', InternalError: '500' };
const ADMIN = ['Unauthorized', 'Forbidden', 'InternalError'];
const tooMany = { '429': { description: 'Too many attempts from this address (PIONEER_SIGN_IN_RATE_LIMIT a minute); Retry-After says when to try again.', content: json(ref('Error')) } };
const object = (properties: Json, required: string[] = Object.keys(properties), extra: Json = {}): Json => ({ type: 'object', required, properties, additionalProperties: false, ...extra });
const text = (min: number, max: number, description?: string): Json => ({ type: 'string', minLength: min, maxLength: max, ...(description ? { description } : {}) });
const timestamp = { type: 'string', description: 'ISO timestamp (UTC).' };
const nullableText = (description: string): Json => ({ type: ['string', 'null'], description });
const id = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const paging = (...filters: Json[]) => [
  { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
  { name: 'perPage', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 25 } },
  ...filters,
];
/** `q` of a registry list: what it searches is said per route. */
const keyword = (searches: string): Json => ({
  name: 'q',
  in: 'query',
  description: `Keyword (at most 100 characters once trimmed, case-blind, % _ \\ taken literally): ${searches} contains it. Longer is a 400 at /q.`,
  schema: { type: 'string', maxLength: 100 },
});
const page = (item: string): Json => object({ data: { type: 'array', items: ref(item) }, total: { type: 'integer' } });
const district = { type: 'string', description: "One of the policy's districts (schemas/common/district.json)." };
const ROLES = ['admin', 'reviewer', 'approver', 'district-officer', 'applicant'];

/** Schemas of organisations, users, sessions and API keys. */
export function identitySchemas(): Record<string, Json> {
  const contact = object({ name: text(1, 50), phone: { type: 'string', pattern: '^[0-9+\\- ]{7,20}$' }, email: { type: 'string', maxLength: 254 } }, ['name', 'phone']);
  const organisationFields = {
    creditCode: { type: 'string', format: 'uscc', description: 'Unified social credit code (18 characters, check character verified).' },
    name: text(2, 200),
    kind: { type: 'string', description: 'A kind of schemas/common/organisation.json: enterprise, university, research-institute, …' },
    district,
    registeredOn: { type: 'string', format: 'date' },
    contact: { anyOf: [contact, { type: 'null' }] },
  };
  const { creditCode: _code, ...editable } = organisationFields;
  const user = { username: text(3, 64, 'Lower-case letters, digits, ".", "_" and "-".'), displayName: text(1, 100), password: { type: 'string', minLength: 10, maxLength: 200, writeOnly: true } };
  return {
    Organisation: object({ id: { type: 'string', format: 'uuid' }, ...organisationFields, createdAt: timestamp, updatedAt: timestamp }, undefined, { description: 'An organisation of the registry.' }),
    OrganisationInput: object(organisationFields, ['creditCode', 'name', 'kind', 'district', 'registeredOn']),
    OrganisationChanges: object(editable, [], { description: 'The fields to change; the credit code is fixed (applications refer to it).' }),
    OrganisationPage: page('Organisation'),
    User: object(
      {
        id: { type: 'string', format: 'uuid' },
        username: { type: 'string' },
        displayName: { type: 'string' },
        role: { type: 'string', enum: ROLES },
        organisationId: { type: ['string', 'null'], description: 'Applicants: their organisation.' },
        district: nullableText('District officers: their district.'),
        active: { type: 'boolean' },
        createdAt: timestamp,
        updatedAt: timestamp,
      },
      undefined,
      { description: 'A user; never its password or hash.' },
    ),
    UserInput: object({ ...user, role: { type: 'string', enum: ROLES }, organisationId: { type: 'string', format: 'uuid', description: 'Applicants only (required).' }, district: { ...district, description: 'District officers only (required).' } }, ['username', 'displayName', 'password', 'role']),
    UserChanges: object({ displayName: text(1, 100), active: { type: 'boolean', description: 'false: deactivate (ends its sessions).' }, password: { ...user.password, description: 'A new password (ends its sessions).' } }, []),
    UserPage: page('User'),
    SignIn: object({ username: text(1, 64), password: { type: 'string', minLength: 1, maxLength: 200, writeOnly: true } }),
    PasswordChange: object({
      currentPassword: { type: 'string', minLength: 1, maxLength: 200, writeOnly: true },
      newPassword: { type: 'string', minLength: 10, maxLength: 200, writeOnly: true, description: 'At least 10 characters, not the current password.' },
    }),
    RefreshToken: object({ refreshToken: { type: 'string', description: 'The refresh token sign-in or the last refresh returned.' } }),
    SessionTokens: object({
      tokenType: { type: 'string', enum: ['Bearer'] },
      accessToken: { type: 'string', description: 'Send as Authorization: Bearer <accessToken>; short-lived.' },
      expiresIn: { type: 'integer', description: 'Seconds.' },
      refreshToken: { type: 'string', description: 'Works once: exchange it at /api/auth/refresh for a new pair.' },
      refreshExpiresIn: { type: 'integer', description: 'Seconds.' },
      user: ref('User'),
    }),
    Me: object(
      { subject: { type: 'string' }, role: { type: 'string', enum: ROLES }, userId: { type: 'string' }, organisationId: { type: 'string' }, applicantId: { type: 'string', description: "Applicants: their organisation's credit code." }, district: { type: 'string' } },
      ['subject', 'role'],
    ),
    Registration: object({ organisation: ref('Organisation'), user: ref('User') }),
    RegistrationInput: object({ organisation: ref('OrganisationInput'), user: object(user) }),
    ApiKey: object({ id: { type: 'string', format: 'uuid' }, name: { type: 'string' }, prefix: { type: 'string', description: 'The first characters of the key, to tell keys apart.' }, district, createdBy: { type: 'string' }, createdAt: timestamp, revokedAt: { type: ['string', 'null'] } }),
    NewApiKey: object(
      { id: { type: 'string', format: 'uuid' }, name: { type: 'string' }, prefix: { type: 'string' }, district, createdBy: { type: 'string' }, createdAt: timestamp, revokedAt: { type: 'null' }, key: { type: 'string', description: 'The key: shown this once, stored only hashed.' } },
      undefined,
      { description: 'A new API key; it acts as a district officer of its district.' },
    ),
    ApiKeyInput: object({ name: text(1, 100), district }),
    ApiKeyPage: page('ApiKey'),
  };
}

/** /api/auth, /api/organisations, /api/users and /api/api-keys. */
export function identityPaths(): Record<string, Json> {
  const op = (operationId: string, tag: string, summary: string, rest: Json): Json => ({ operationId, tags: [tag], summary, ...rest });
  const body = (name: string) => ({ required: true, content: json(ref(name)) });
  const ok = (name: string, description: string, status = '200') => ({ [status]: { description, content: json(ref(name)) } });
  return {
    '/api/auth/sign-in': {
      post: op('signIn', 'auth', 'Sign in with a user name and password', {
        security: [],
        description: 'The same 401 for an unknown user, a wrong password and a deactivated account. Rate-limited per client address.',
        requestBody: body('SignIn'),
        responses: { ...ok('SessionTokens', 'An access token and a refresh token.'), ...errors('BadRequest', 'Unauthorized', 'InternalError'), ...tooMany },
      }),
    },
    '/api/auth/refresh': {
      post: op('refreshSession', 'auth', 'Exchange a refresh token for a new pair (the old one stops working)', {
        security: [],
        description: 'A refresh token used twice ends its whole session (it was copied).',
        requestBody: body('RefreshToken'),
        responses: { ...ok('SessionTokens', 'A new access token and refresh token.'), ...errors('BadRequest', 'Unauthorized', 'InternalError') },
      }),
    },
    '/api/auth/sign-out': {
      post: op('signOut', 'auth', 'End the session of a refresh token (its access tokens stop working)', {
        security: [],
        requestBody: body('RefreshToken'),
        responses: { '204': { description: 'Signed out (also when the session had ended already).' }, ...errors('BadRequest', 'InternalError') },
      }),
    },
    '/api/auth/demo-sign-ins': {
      get: op('demoSignIns', 'auth', "The demo's public sign-ins (user name, password, role) for sign-in pages to list; empty outside the demo", {
        security: [],
        responses: { '200': { description: 'The demo sign-ins, or none.', content: json({ type: 'array', items: { type: 'object', required: ['username', 'password', 'role'], properties: { username: { type: 'string' }, password: { type: 'string' }, role: { type: 'string' } } } }) }, ...errors('InternalError') },
      }),
    },
    '/api/auth/me': {
      get: op('me', 'auth', 'Who the caller is', { responses: { ...ok('Me', 'The caller.'), ...errors('Unauthorized', 'InternalError') } }),
    },
    '/api/auth/password': {
      post: op('changePassword', 'auth', "Change the signed-in user's own password (its other sessions end)", {
        description: 'A wrong current password is a 400 at /currentPassword. Static tokens and API keys have no password (403). Rate-limited per client address.',
        requestBody: body('PasswordChange'),
        responses: { '204': { description: 'Changed; this session goes on, every other one of the user has ended.' }, ...errors('BadRequest', 'Unauthorized', 'Forbidden', 'Conflict', 'InternalError'), ...tooMany },
      }),
    },
    '/api/auth/register': {
      post: op('register', 'auth', 'Register an applicant organisation and its first user', {
        security: [],
        description: 'Only the listed fields: the role (applicant) and the organisation link are the server\'s. Then sign in. Rate-limited per client address.',
        requestBody: body('RegistrationInput'),
        responses: { ...ok('Registration', 'The organisation and its user.', '201'), ...errors('BadRequest', 'Conflict', 'InternalError'), ...tooMany },
      }),
    },
    '/api/organisations': {
      get: op('listOrganisations', 'organisations', 'List the organisation registry (admins)', {
        parameters: paging({ name: 'district', in: 'query', schema: { type: 'string' } }, keyword("organisations whose name or credit code, or their district's code or name,")),
        responses: { ...ok('OrganisationPage', 'A page and the total count.'), ...errors('BadRequest', ...ADMIN) },
      }),
      post: op('createOrganisation', 'organisations', 'Register an organisation (admins)', {
        requestBody: body('OrganisationInput'),
        responses: { ...ok('Organisation', 'The organisation.', '201'), ...errors('BadRequest', 'Conflict', 'PayloadTooLarge', ...ADMIN) },
      }),
    },
    '/api/organisations/mine': {
      get: op('myOrganisation', 'organisations', "The caller's own organisation (applicants)", {
        description: 'What the portal pre-fills application forms with.',
        responses: { ...ok('Organisation', 'The organisation.'), ...errors('NotFound', 'Unauthorized', 'Forbidden', 'InternalError') },
      }),
    },
    '/api/organisations/{id}': {
      parameters: [id],
      get: op('getOrganisation', 'organisations', 'One organisation of the registry (admins)', {
        responses: { ...ok('Organisation', 'The organisation.'), ...errors('NotFound', ...ADMIN) },
      }),
      patch: op('updateOrganisation', 'organisations', 'Change an organisation (admins)', {
        requestBody: body('OrganisationChanges'),
        responses: { ...ok('Organisation', 'The organisation.'), ...errors('BadRequest', 'NotFound', 'PayloadTooLarge', ...ADMIN) },
      }),
    },
    '/api/users': {
      get: op('listUsers', 'users', 'List users (admins)', {
        parameters: paging({ name: 'role', in: 'query', schema: { type: 'string', enum: ROLES } }, keyword("users whose user name, name, district (code or name), or organisation's name or credit code")),
        responses: { ...ok('UserPage', 'A page and the total count.'), ...errors('BadRequest', ...ADMIN) },
      }),
      post: op('createUser', 'users', 'Create a user (admins)', {
        requestBody: body('UserInput'),
        responses: { ...ok('User', 'The user.', '201'), ...errors('BadRequest', 'Conflict', 'PayloadTooLarge', ...ADMIN) },
      }),
    },
    '/api/users/{id}': {
      parameters: [id],
      get: op('getUser', 'users', 'One user (admins; never its password or hash)', {
        responses: { ...ok('User', 'The user.'), ...errors('NotFound', ...ADMIN) },
      }),
      patch: op('updateUser', 'users', 'Rename, deactivate or reactivate a user, or reset its password (admins)', {
        requestBody: body('UserChanges'),
        responses: { ...ok('User', 'The user.'), ...errors('BadRequest', 'NotFound', 'Conflict', 'PayloadTooLarge', ...ADMIN) },
      }),
    },
    '/api/api-keys': {
      get: op('listApiKeys', 'api-keys', 'List API keys (admins; never the keys themselves)', {
        parameters: paging(keyword('keys whose name, prefix or district (code or name)')),
        responses: { ...ok('ApiKeyPage', 'A page and the total count.'), ...errors('BadRequest', ...ADMIN) },
      }),
      post: op('createApiKey', 'api-keys', "Create a district portal's API key (admins; the key is shown once)", {
        requestBody: body('ApiKeyInput'),
        responses: { ...ok('NewApiKey', 'The key and its record.', '201'), ...errors('BadRequest', 'PayloadTooLarge', ...ADMIN) },
      }),
    },
    '/api/api-keys/{id}/revoke': {
      parameters: [id],
      post: op('revokeApiKey', 'api-keys', 'Revoke an API key (admins): every later request with it is a 401', {
        responses: { ...ok('ApiKey', 'The revoked key.'), ...errors('NotFound', 'Conflict', ...ADMIN) },
      }),
    },
  };
}
