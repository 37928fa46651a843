import type { JsonSchema } from '@pioneer/ui-forms';
import { FORM_LOADERS } from '../generated/form-loaders.gen';
import { STRINGS } from '../i18n/strings';

/** The fields the organisation registry keeps (the API ignores none silently: it refuses others). */
const REGISTRY_FIELDS = ['creditCode', 'name', 'kind', 'district', 'registeredOn', 'contact'];

/**
 * The organisation as the forms declare it (`x-kind: organisation`, one definition in
 * schemas/common) and the form property that holds it (the applicant).
 */
export async function organisationSchema(): Promise<{ key: string; node: JsonSchema }> {
  for (const load of Object.values(FORM_LOADERS)) {
    const { schema } = await load();
    const found = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).find(([, node]) => node['x-kind'] === 'organisation');
    if (found) return { key: found[0], node: found[1] };
  }
  throw new Error('no form declares an organisation (x-kind: organisation)');
}

/** The organisation as the registry keeps it, with its contact person required. */
async function registryOrganisation(): Promise<JsonSchema> {
  const { node } = await organisationSchema();
  const properties = Object.fromEntries(Object.entries(node.properties as Record<string, JsonSchema>).filter(([key]) => REGISTRY_FIELDS.includes(key)));
  return { ...node, properties, required: [...new Set([...((node.required as string[]) ?? []), 'contact'])], 'x-label': STRINGS.organisation };
}

/** Registration: the organisation and its first user (the API checks the same limits). */
export async function registrationSchema(): Promise<JsonSchema> {
  return {
    type: 'object',
    required: ['organisation', 'user'],
    properties: {
      organisation: await registryOrganisation(),
      user: {
        type: 'object',
        'x-label': STRINGS.account,
        required: ['username', 'displayName', 'password'],
        properties: {
          username: {
            type: 'string',
            minLength: 3,
            maxLength: 64,
            pattern: '^[a-z0-9][a-z0-9._-]*$',
            'x-label': STRINGS.username,
            'x-help': { 'zh-CN': '3–64 位，只含小写字母、数字、点、下划线和连字符', en: '3 to 64 lower-case letters, digits, dots, underscores or hyphens' },
          },
          displayName: { type: 'string', minLength: 1, maxLength: 100, 'x-label': STRINGS.displayName },
          password: { type: 'string', minLength: 10, maxLength: 200, 'x-label': STRINGS.password, 'x-help': { 'zh-CN': '至少 10 位，建议使用不易猜测的密码短语', en: 'At least 10 characters; a passphrase that is hard to guess' }, 'x-ui': { widget: 'password' } },
        },
      },
    },
  };
}
