import { Injectable } from '@nestjs/common';
import { DatabaseService, type Principal } from '@pioneer/api-core';
import { InputReader } from './identity-input.util';
import { type OrganisationRecord, toOrganisationRecord, toUserRecord, type UserRecord } from './identity-records.dto';
import { OrganisationsService } from './organisations.service';
import { UsersService } from './users.service';

/** What registration answers: the new organisation and its first user (then sign in). */
export interface Registration {
  organisation: OrganisationRecord;
  user: UserRecord;
}

/**
 * An applicant organisation registers itself: the organisation (credit code checked, kind and
 * district from the policies) and its first user, an applicant bound to it, in one write. The
 * body names only those fields: the role, the organisation link and any hash are the server's.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly db: DatabaseService,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
  ) {}

  async register(body: unknown): Promise<Registration> {
    const input = new InputReader();
    const raw = input.object(body, '', ['organisation', 'user']) ?? {};
    const organisation = this.organisations.read(input, raw.organisation, '/organisation');
    const person = input.object(raw.user, '/user', ['username', 'displayName', 'password']);
    const credentials = person ? await this.users.readCredentials(input, person, '/user') : {};
    input.done();
    // The audit names the new user as the actor: nobody else was signed in.
    const self: Principal = { subject: `user:${credentials.username}`, role: 'applicant' };
    return this.db.write(async (manager) => {
      const org = await this.organisations.insert(manager, self, organisation);
      const user = await this.users.insert(manager, { ...self, organisationId: org.id, applicantId: org.creditCode }, {
        username: credentials.username!,
        displayName: credentials.displayName!,
        passwordHash: credentials.passwordHash!,
        role: 'applicant',
        organisationId: org.id,
        district: null,
      });
      return { organisation: toOrganisationRecord(org), user: toUserRecord(user) };
    });
  }
}
