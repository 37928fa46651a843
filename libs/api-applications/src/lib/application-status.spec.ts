import { APPLICATION_ROLES } from './application-access';
import { APPLICATION_STATUSES, EDITABLE_STATUSES, TRANSITIONS } from './application-status';

describe('the lifecycle table', () => {
  it('moves only between known statuses', () => {
    for (const [name, t] of Object.entries(TRANSITIONS)) {
      for (const status of [...t.from, t.to]) expect([name, APPLICATION_STATUSES.includes(status)]).toEqual([name, true]);
      expect(t.action).toBe(`application.${name}`);
    }
  });

  it('submits drafts only, and the submit route admits exactly the roles of the transition', () => {
    expect(TRANSITIONS.submit.from).toEqual(['draft']);
    expect(APPLICATION_ROLES.submit).toEqual(TRANSITIONS.submit.roles);
    expect(EDITABLE_STATUSES).toEqual(['draft']);
  });
});
