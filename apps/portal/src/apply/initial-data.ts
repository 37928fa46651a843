import { PioneerApiError, type Organisation } from '@pioneer/sdk';
import { getJson, withSession } from '../session/session';

/** The caller's organisation from the registry. */
const myOrganisation = () => getJson<Organisation>('/api/organisations/mine');

/** The organisation record as the form's organisation fields. */
function asFormOrganisation(org: Organisation): Record<string, unknown> {
  const { name, creditCode, kind, district, registeredOn, contact } = org;
  return { name, creditCode, kind, district, registeredOn, ...(contact ? { contact: Object.fromEntries(Object.entries(contact).filter(([, v]) => v)) } : {}) };
}

/**
 * What a form starts from: the saved draft when resuming, else a new form with the organisation's
 * own details in its organisation field (`organisationKey`), from its record.
 */
export async function initialData(measure: string, draftId: string | undefined, organisationKey: string | undefined): Promise<{ data: unknown; prefilled: boolean }> {
  if (draftId) {
    const record = await withSession((client) => client.applications(measure).get(draftId));
    return { data: record.data, prefilled: false };
  }
  if (!organisationKey) return { data: {}, prefilled: false };
  try {
    return { data: { [organisationKey]: asFormOrganisation(await myOrganisation()) }, prefilled: true };
  } catch (error) {
    // An account without a registry record (an API key of an integration): the form starts empty.
    if (error instanceof PioneerApiError && error.status === 404) return { data: {}, prefilled: false };
    throw error;
  }
}
