import { useLang } from '../i18n/useLang';
import { EstimateHeadline } from './EstimatePanel';
import type { LiveEstimate } from './live-estimate';

/**
 * The estimate kept in sight on a phone, where the panel sits below the form: a bar at the foot
 * of the screen while the form scrolls, its button going to the panel's trace. Hidden from screen
 * readers (the panel announces every change already) and, by the style sheet, on wide screens.
 */
export function EstimateBar({ live }: { live: LiveEstimate | null }) {
  const { t } = useLang();
  const showPanel = () => {
    const panel = document.getElementById('estimate-panel');
    panel?.scrollIntoView({ block: 'start' });
    panel?.focus({ preventScroll: true });
  };
  return (
    <div className="estimate-bar" aria-hidden="true">
      <EstimateHeadline live={live} />
      <button type="button" className="link" tabIndex={-1} onClick={showPanel}>
        {t('seeTrace')}
      </button>
    </div>
  );
}
