import type { OrganisationContact } from '@pioneer/api-core';
import { isValidUscc } from '@pioneer/engine';
import type { InputReader } from './identity-input.util';
import { organisationKinds, policyDistricts } from './registry-vocabulary.util';

/** The organisation fields a client may set (the id and timestamps are the server's). */
export const ORGANISATION_FIELDS = ['creditCode', 'name', 'kind', 'district', 'registeredOn', 'contact'] as const;

/** What a client may change later: not the credit code, which applications refer to it by. */
export const ORGANISATION_EDITABLE = ['name', 'kind', 'district', 'registeredOn', 'contact'] as const;

export interface OrganisationInput {
  creditCode?: string;
  name?: string;
  kind?: string;
  district?: string;
  registeredOn?: string;
  contact?: OrganisationContact | null;
}

/**
 * Reads an organisation at `pointer`: every field when `complete` (creation), else only those
 * present (a change). The credit code's check character is verified (GB 32100-2015); kinds and
 * districts are the policies' own (schemas/common).
 */
export function readOrganisation(input: InputReader, body: unknown, pointer: string, complete: boolean): OrganisationInput {
  const fields: readonly string[] = complete ? ORGANISATION_FIELDS : ORGANISATION_EDITABLE;
  const raw = input.object(body, pointer, fields);
  if (!raw) return {};
  const out: OrganisationInput = {};
  const has = (key: string) => complete || raw[key] !== undefined;
  if (complete) {
    const code = typeof raw.creditCode === 'string' ? raw.creditCode.trim().toUpperCase() : undefined;
    if (code && isValidUscc(code)) out.creditCode = code;
    else input.add(`${pointer}/creditCode`, { 'zh-CN': '须为有效的 18 位统一社会信用代码（校验位正确），见营业执照', en: 'must be a valid 18-character unified social credit code (with its check character), as on the business licence' });
  }
  if (has('name')) out.name = input.text(raw.name, `${pointer}/name`, { min: 2, max: 200 });
  if (has('kind')) out.kind = input.oneOf(raw.kind, `${pointer}/kind`, organisationKinds());
  if (has('district')) out.district = input.oneOf(raw.district, `${pointer}/district`, policyDistricts());
  if (has('registeredOn')) out.registeredOn = input.date(raw.registeredOn, `${pointer}/registeredOn`);
  if (raw.contact !== undefined && raw.contact !== null) out.contact = readContact(input, raw.contact, `${pointer}/contact`);
  else if (raw.contact === null || complete) out.contact = null;
  return out;
}

function readContact(input: InputReader, value: unknown, pointer: string): OrganisationContact | undefined {
  const raw = input.object(value, pointer, ['name', 'phone', 'email']);
  if (!raw) return undefined;
  const name = input.text(raw.name, `${pointer}/name`, { min: 1, max: 50 });
  const phone = input.text(raw.phone, `${pointer}/phone`, { min: 7, max: 20, pattern: /^[0-9+\- ]+$/, hint: { 'zh-CN': '只含数字、空格、+ 和 -', en: 'digits, spaces, + and - only' } });
  const email = input.optionalText(raw.email, `${pointer}/email`, { min: 3, max: 254, pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, hint: { 'zh-CN': '如 name@example.cn', en: 'such as name@example.cn' } });
  return name && phone ? { name, phone, ...(email ? { email } : {}) } : undefined;
}
