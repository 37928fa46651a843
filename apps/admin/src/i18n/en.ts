import type { zhCN } from './zh-CN';

/** The backoffice's own words in English: same keys as zh-CN. */
export const en: typeof zhCN = {
  pioneer: {
    app: { title: 'Pioneer · subsidy programmes backoffice' },
    status: {
      draft: 'Draft',
      submitted: 'Submitted',
      returned: 'Returned for correction',
      'under-review': 'Under review',
      scored: 'Reviewed',
      approved: 'Approved',
      rejected: 'Rejected',
      paid: 'Paid',
      withdrawn: 'Withdrawn',
    },
    application: {
      list_title: '%{name} · applications',
      create_title: 'New %{name} application',
      clause: 'Clause %{clause}',
      save_draft: 'Save draft',
      save_submit: 'Save and submit',
      submit: 'Submit',
      submitted: 'Application submitted',
    },
    decision: {
      title: 'Decision',
      none: 'Not evaluated yet (the engine decides on submission)',
      award: 'Award',
      trace: 'How it was decided',
      version: 'Parameters %{version} · as of %{asOf}',
      eligible: 'Eligible',
      ineligible: 'Not eligible',
      invalid: 'Incomplete',
      'not-accepted': 'Not accepted',
      'to-be-completed': 'To be completed',
      'not-selected': 'Not selected',
      step: { version: 'version', validation: 'validation', eligibility: 'eligibility', policy: 'policy rule', award: 'award', score: 'score' },
    },
    dashboard: {
      title: 'Measures at a glance',
      measures: '%{count} measures',
      with_forms: '%{count} take applications',
      total: '%{count} measures, %{forms} of them take applications online',
    },
    login: {
      title: 'Sign in to the backoffice',
      role: 'Role',
      token: 'Access token',
      submit: 'Sign in',
      hint: 'Demo: picking a role uses its demo token.',
      required: 'Please sign in',
      expired: 'Your session expired; please sign in again',
      token_required: 'Enter an access token',
      roles: { admin: 'Administrator', reviewer: 'Reviewer', applicant: 'Applicant' },
    },
  },
};
