/**
 * The application lifecycle's states (the API's, measure-independent) with their colours; labels
 * are i18n keys `pioneer.status.<state>`.
 */
// The light entry: the contracts' index carries every policy and its precompiled validators.
import { APPLICATION_STATUSES as STATUSES, type ApplicationStatus } from '@pioneer/contracts/statuses';

export { STATUSES, type ApplicationStatus };

export const STATUS_COLOURS: Record<string, 'default' | 'primary' | 'secondary' | 'success' | 'error' | 'warning' | 'info'> = {
  draft: 'default',
  submitted: 'info',
  returned: 'warning',
  'under-review': 'warning',
  scored: 'warning',
  approved: 'success',
  rejected: 'error',
  paid: 'success',
  withdrawn: 'default',
};

export const STATUS_CHOICES = STATUSES.map((id) => ({ id, name: `pioneer.status.${id}` }));
