import { APPLICATION_STATUS_LABELS, type ApplicationStatus } from '@pioneer/contracts';
import { useLang } from '../i18n/useLang';

/** An application's status in words, with a class per status for its colour. */
export function StatusBadge({ status }: { status: ApplicationStatus }) {
  const { lang } = useLang();
  return (
    <span className={`badge status-${status}`} data-status={status}>
      {APPLICATION_STATUS_LABELS[status][lang]}
    </span>
  );
}
