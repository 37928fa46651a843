/**
 * Who is calling. Roles are the platform's (DESIGN.md): the lifecycle issue gives approvers and
 * district officers their own actions; the scopes below already apply to them.
 */
export const ROLES = ['admin', 'reviewer', 'approver', 'district-officer', 'applicant'] as const;

export type Role = (typeof ROLES)[number];

/** A route anyone may call without a token (health, the public catalogue). */
export const PUBLIC = 'public';

export type RouteAccess = Role | typeof PUBLIC;

/** The caller of a request, resolved from its bearer token by the global guard. */
export interface Principal {
  /** A stable name for the audit log (a person, a service or a district key). */
  subject: string;
  role: Role;
  /** Reviewers: the credit code of the organisation they work for; they cannot review its applications. */
  affiliation?: string;
  /** Applicants only: the credit code of the organisation the token acts for. */
  applicantId?: string;
  /**
   * District officers: the district whose applications they see. Applicants: their
   * organisation's registered district, when the token declares it (a form must then name it).
   */
  district?: string;
  /** A signed-in person: their user id (absent for static tokens and API keys). */
  userId?: string;
  /** An applicant's organisation (registry id); its credit code is `applicantId`. */
  organisationId?: string;
  /** The sign-in session a signed access token belongs to (sign-out ends it). */
  sessionId?: string;
}

/** Every role that has a token, for routes open to any signed-in caller. */
export const ANY_ROLE: readonly Role[] = ROLES;
