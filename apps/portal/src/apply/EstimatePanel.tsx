import { traceMessage } from '@pioneer/engine';
import { useLang } from '../i18n/useLang';
import { Money, MoneyRangeText } from '../Money';
import type { LiveEstimate } from './live-estimate';

/**
 * The estimate in one line: the amount once the form decides it, else the range the facts so far
 * allow, else what to do for one. `marked` carries the amount in fen for tests and scripts (the
 * panel's line only, so it is found once).
 */
export function EstimateHeadline({ live, marked = false }: { live: LiveEstimate | null; marked?: boolean }) {
  const { t, l } = useLang();
  if (live?.kind === 'decision' && live.decision.award?.amount != null)
    return (
      <p className="estimate" data-estimate-fen={marked ? live.decision.award.amount : undefined}>
        {t('estimateAmount')}{t('colon')}<Money fen={live.decision.award.amount} />
      </p>
    );
  if (live?.kind === 'partial' && live.match.estimate)
    return (
      <p className="estimate">
        {t('estimateRange')}{t('colon')}<MoneyRangeText range={live.match.estimate} />
        {live.match.capScope && <span className="muted"> · {l(live.match.capScope)}</span>}
      </p>
    );
  if (live?.kind === 'decision') return <p className="muted">{t('estimateNone')}</p>;
  return <p className="muted">{t('estimateNeedsMore')}</p>;
}

/** The live award estimate with its trace (the same lines reviewers see), announced politely as it changes. */
export function EstimatePanel({ live }: { live: LiveEstimate | null }) {
  const { t, l } = useLang();
  const reasons = live?.kind === 'partial' ? live.match.failed : [];
  return (
    <aside className="estimate-panel" id="estimate-panel" tabIndex={-1} aria-live="polite" aria-labelledby="estimate-title">
      <h2 id="estimate-title">{t('liveEstimate')}</h2>
      <EstimateHeadline live={live} marked />
      {reasons.length > 0 && <ul>{reasons.map((rule) => <li key={rule.code}>{l(rule.reason ?? rule.label)}</li>)}</ul>}
      {live?.kind === 'decision' && (
        <>
          <h3>{t('traceTitle')}</h3>
          <ol className="trace">
            {live.decision.trace.map((line, i) => (
              <li key={i} data-step={line.step}>
                {l(traceMessage(line))}
              </li>
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}
