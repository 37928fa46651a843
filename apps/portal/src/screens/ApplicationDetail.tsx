import { traceMessage } from '@pioneer/engine';
import type { ApplicationRecord } from '@pioneer/sdk';
import { useLang } from '../i18n/useLang';
import { LoadState } from '../LoadState';
import { Money } from '../Money';
import { getJson } from '../session/session';
import { useAsync } from '../useAsync';
import { StatusBadge } from './StatusBadge';

/** One application: status, what is asked of the applicant, the decision with its reasons and trace, payments. */
export function ApplicationDetail({ id }: { id: string }) {
  const { t, l } = useLang();
  const loaded = useAsync(() => getJson<ApplicationRecord>(`/api/applications/${encodeURIComponent(id)}`), [id]);
  const submitted = window.location.hash.includes('submitted=1');
  const record = loaded.value;
  if (!record) return <LoadState loading={loaded.loading} error={loaded.error} retry={loaded.retry} />;
  const failed = record.decision?.rules.filter((rule) => rule.passed === false) ?? [];
  return (
    <article>
      <p>
        <a href="#/applications">{t('back')}</a>
      </p>
      {submitted && (
        <p role="status" className="form-alert ok">
          {t('submitted')}
        </p>
      )}
      <h1>{t('myApplicationsTitle')}</h1>
      <dl className="facts">
        <dt>{t('status')}</dt>
        <dd>
          <StatusBadge status={record.status} />
        </dd>
        {record.submittedAt && (
          <>
            <dt>{t('submittedAt')}</dt>
            <dd>{record.submittedAt.slice(0, 10)}</dd>
          </>
        )}
        {record.amount !== null && (
          <>
            <dt>{t('estimateAmount')}</dt>
            <dd>
              <Money fen={record.amount} />
            </dd>
          </>
        )}
        {record.approvedAmount !== null && (
          <>
            <dt>{t('approvedAmount')}</dt>
            <dd>
              <Money fen={record.approvedAmount} />
            </dd>
          </>
        )}
        <dt>{t('paidAmount')}</dt>
        <dd>
          <Money fen={record.paidAmount} />
        </dd>
      </dl>
      {record.statusReason && (
        <section>
          <h2>{record.status === 'returned' ? t('askedOfYou') : t('reasons')}</h2>
          <p>{record.statusReason}</p>
        </section>
      )}
      {record.decision && (
        <section>
          <h2>{t('decision')}</h2>
          {failed.length > 0 && <ul>{failed.map((rule) => <li key={rule.code}>{l(rule.reason ?? rule.label)}</li>)}</ul>}
          <h3>{t('traceTitle')}</h3>
          <ol className="trace">
            {record.decision.trace.map((line, i) => (
              <li key={i}>{l(traceMessage(line))}</li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
