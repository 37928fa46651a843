import { APPLICATION_ROLES } from './application-access';
import { APPLICATION_STATUSES, EDITABLE_STATUSES, TRANSITIONS } from './application-status';
import { LIFECYCLE_ROLES } from './lifecycle/lifecycle-roles';

describe('the lifecycle table', () => {
  it('moves only between known statuses', () => {
    for (const [name, t] of Object.entries(TRANSITIONS)) {
      for (const status of [...t.from, t.to]) expect([name, APPLICATION_STATUSES.includes(status)]).toEqual([name, true]);
      expect(t.action).toBe(`application.${name}`);
    }
  });

  it('submits drafts and applications returned for correction; only those are editable', () => {
    expect(TRANSITIONS.submit.from).toEqual(['draft', 'returned']);
    expect(APPLICATION_ROLES.submit).toEqual(TRANSITIONS.submit.roles);
    expect(EDITABLE_STATUSES).toEqual(['draft', 'returned']);
  });

  it('asks for a reason wherever the applicant is refused or sent back', () => {
    for (const name of ['return', 'reject', 'revoke', 'withdraw'] as const) expect([name, TRANSITIONS[name].reason]).toEqual([name, true]);
  });

  it('keeps approving and paying apart from reviewing and administering', () => {
    expect(TRANSITIONS.approve.roles).toEqual(['approver']);
    expect(TRANSITIONS.pay.roles).toEqual(['approver']);
    expect(LIFECYCLE_ROLES.approve).toEqual(TRANSITIONS.approve.roles);
    expect(TRANSITIONS.recommend.roles).not.toContain('approver');
  });

  it('never moves money out of a paid application', () => {
    for (const [name, t] of Object.entries(TRANSITIONS)) expect([name, (t.from as readonly string[]).includes('paid')]).toEqual([name, false]);
  });
});
