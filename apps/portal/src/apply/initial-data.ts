import { PioneerApiError, type Organisation } from '@pioneer/sdk';
import type { JsonSchema } from '@pioneer/ui-forms';
import { getJson, withSession } from '../session/session';

/** The caller's organisation from the registry; null for an account without one (an API key of an integration). */
async function myOrganisation(): Promise<Organisation | null> {
  try {
    return await getJson<Organisation>('/api/organisations/mine');
  } catch (error) {
    if (error instanceof PioneerApiError && error.status === 404) return null;
    throw error;
  }
}

/** The form's field that holds the applicant organisation (`x-kind: organisation`), if it has one. */
const organisationKeyOf = (schema: JsonSchema) =>
  Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).find(([, node]) => node['x-kind'] === 'organisation')?.[0];

/** The organisation record as the form's organisation fields. */
function asFormOrganisation(org: Organisation): Record<string, unknown> {
  const { name, creditCode, kind, district, registeredOn, contact } = org;
  return { name, creditCode, kind, district, registeredOn, ...(contact ? { contact: Object.fromEntries(Object.entries(contact).filter(([, v]) => v)) } : {}) };
}

/** What a form opens with; `returnedFor` when a reviewer sent it back for correction (their words). */
export interface InitialForm {
  data: unknown;
  prefilled: boolean;
  returnedFor?: string;
}

/**
 * What a form starts from: the saved draft when resuming, else a new form with the organisation's
 * own details in its organisation field, from its record. The record is asked for while the
 * schema is still loading (the form opens sooner), so a form without such a field costs one
 * unused request.
 */
export async function initialData(measure: string, draftId: string | undefined, schema: Promise<JsonSchema>): Promise<InitialForm> {
  if (draftId) {
    const record = await withSession((client) => client.applications(measure).get(draftId));
    // A returned application opens with what the reviewer asked for: the reason the form is open again.
    return { data: record.data, prefilled: false, ...(record.status === 'returned' ? { returnedFor: record.statusReason ?? '' } : {}) };
  }
  const [organisation, key] = await Promise.all([myOrganisation(), schema.then(organisationKeyOf)]);
  return organisation && key ? { data: { [key]: asFormOrganisation(organisation) }, prefilled: true } : { data: {}, prefilled: false };
}
