import { traceMessage } from '@pioneer/engine';
import { useLang } from '../i18n/useLang';
import { Money, MoneyRangeText } from '../Money';
import type { LiveEstimate } from './live-estimate';

/** The live award estimate with its trace (the same lines reviewers see), announced politely as it changes. */
export function EstimatePanel({ live }: { live: LiveEstimate | null }) {
  const { t, l } = useLang();
  let body;
  if (live?.kind === 'decision' && live.decision.award?.amount != null) {
    body = (
      <>
        <p className="estimate" data-estimate-fen={live.decision.award.amount}>
          {t('estimateAmount')}{t('colon')}<Money fen={live.decision.award.amount} />
        </p>
        <h3>{t('traceTitle')}</h3>
        <ol className="trace">
          {live.decision.trace.map((line, i) => (
            <li key={i} data-step={line.step}>
              {l(traceMessage(line))}
            </li>
          ))}
        </ol>
      </>
    );
  } else if (live?.kind === 'partial' && live.match.estimate) {
    body = (
      <>
        <p className="estimate">
          {t('estimateRange')}{t('colon')}<MoneyRangeText range={live.match.estimate} />
          {live.match.capScope && <span className="muted"> · {l(live.match.capScope)}</span>}
        </p>
        {live.match.failed.length > 0 && (
          <ul>{live.match.failed.map((rule) => <li key={rule.code}>{l(rule.reason ?? rule.label)}</li>)}</ul>
        )}
      </>
    );
  } else if (live?.kind === 'decision') {
    body = (
      <ol className="trace">
        {live.decision.trace.map((line, i) => (
          <li key={i}>{l(traceMessage(line))}</li>
        ))}
      </ol>
    );
  } else body = <p className="muted">{t('estimateNeedsMore')}</p>;
  return (
    <aside className="estimate-panel" aria-live="polite" aria-labelledby="estimate-title">
      <h2 id="estimate-title">{t('liveEstimate')}</h2>
      {body}
    </aside>
  );
}
