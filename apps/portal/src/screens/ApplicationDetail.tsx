import { traceMessage } from '@pioneer/engine';
import type { ApplicationRecord } from '@pioneer/sdk';
import { formatDay } from '../i18n/format-day';
import { useLang } from '../i18n/useLang';
import { LoadState } from '../LoadState';
import { Money } from '../Money';
import { apiClient, getJson } from '../session/session';
import { useAsync } from '../useAsync';
import { StatusBadge } from './StatusBadge';

/** The application and the name of its measure (the catalogue is public and small). */
async function applicationWithName(id: string) {
  const [record, catalogue] = await Promise.all([getJson<ApplicationRecord>(`/api/applications/${encodeURIComponent(id)}`), apiClient().catalogue()]);
  return { record, name: catalogue.find((m) => m.code === record.measure)?.name };
}

/** One application: which measure and number, status, what is asked of the applicant, the decision with its reasons and trace, payments. */
export function ApplicationDetail({ id }: { id: string }) {
  const { t, l, lang } = useLang();
  const loaded = useAsync(() => applicationWithName(id), [id]);
  const submitted = window.location.hash.includes('submitted=1');
  if (!loaded.value) return <LoadState loading={loaded.loading} error={loaded.error} retry={loaded.retry} />;
  const { record, name } = loaded.value;
  const failed = record.decision?.rules.filter((rule) => rule.passed === false) ?? [];
  return (
    <article>
      <p>
        <a className="target" href="#/applications">
          {t('back')}
        </a>
      </p>
      {submitted && (
        <p role="status" className="form-alert ok">
          {t('submitted')}
        </p>
      )}
      <h1>{name ? l(name) : t('myApplicationsTitle')}</h1>
      <dl className="facts">
        {record.number && (
          <>
            <dt>{t('applicationNumber')}</dt>
            <dd data-number={record.number}>{record.number}</dd>
          </>
        )}
        <dt>{t('status')}</dt>
        <dd>
          <StatusBadge status={record.status} />
        </dd>
        {record.submittedAt && (
          <>
            <dt>{t('submittedAt')}</dt>
            <dd>{formatDay(record.submittedAt, lang)}</dd>
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
          <p translate="no">{record.statusReason}</p>
          {record.status === 'returned' && (
            <a className="button primary" href={`#/apply/${record.measure}/${record.id}`}>
              {t('correct')}
            </a>
          )}
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
