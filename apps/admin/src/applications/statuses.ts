/**
 * The application lifecycle's states (the API's, measure-independent) with their colours; labels
 * are i18n keys `pioneer.status.<state>`.
 */
export const STATUSES = ['draft', 'submitted', 'eligibility-checked', 'under-review', 'scored', 'approved', 'rejected', 'disbursed', 'withdrawn'] as const;

export type ApplicationStatus = (typeof STATUSES)[number];

export const STATUS_COLOURS: Record<string, 'default' | 'primary' | 'secondary' | 'success' | 'error' | 'warning' | 'info'> = {
  draft: 'default',
  submitted: 'info',
  'eligibility-checked': 'info',
  'under-review': 'warning',
  scored: 'warning',
  approved: 'success',
  rejected: 'error',
  disbursed: 'success',
  withdrawn: 'default',
};

export const STATUS_CHOICES = STATUSES.map((id) => ({ id, name: `pioneer.status.${id}` }));
