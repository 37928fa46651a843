import type { ApplicationRecord, MeasureCatalogueEntry } from '@pioneer/sdk';
import { formatDay } from '../i18n/format-day';
import { useLang } from '../i18n/useLang';
import { LoadState } from '../LoadState';
import { Money } from '../Money';
import { withSession } from '../session/session';
import { useAsync } from '../useAsync';
import { StatusBadge } from './StatusBadge';

/** Every application of the signed-in organisation (the API shows applicants only their own), newest first. */
async function myApplications(): Promise<{ records: ApplicationRecord[]; names: Map<string, MeasureCatalogueEntry['name']> }> {
  return withSession(async (client) => {
    const catalogue = (await client.catalogue()).filter((m) => m.hasForm);
    const pages = await Promise.all(catalogue.map((m) => client.applications(m.code).list({ perPage: 100, sort: 'updatedAt', order: 'DESC' })));
    const records = pages.flatMap((page) => page.data).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { records, names: new Map(catalogue.map((m) => [m.code, m.name])) };
  });
}

/** "My applications": status, what is asked (补正), the decision and payments, one row each. */
export function MyApplications() {
  const { t, l, lang } = useLang();
  const loaded = useAsync(myApplications, []);
  return (
    <>
      <h1>{t('myApplicationsTitle')}</h1>
      <LoadState loading={loaded.loading} error={loaded.error} retry={loaded.retry} />
      {loaded.value && loaded.value.records.length === 0 && (
        <p>
          {t('noApplications')}{' '}
          <a className="target" href="#/match">
            {t('navMatch')}
          </a>
        </p>
      )}
      {loaded.value && loaded.value.records.length > 0 && (
        <ul className="cards" aria-label={t('myApplicationsTitle')}>
          {loaded.value.records.map((record) => (
            <li key={record.id} className="card" data-application={record.id} data-measure={record.measure}>
              <h2>{l(loaded.value!.names.get(record.measure))}</h2>
              {record.number && (
                <p data-number={record.number}>
                  {t('applicationNumber')}{t('colon')}{record.number}
                </p>
              )}
              <p>
                <StatusBadge status={record.status} /> · {t('updatedAt')} {formatDay(record.updatedAt, lang)}
              </p>
              {record.status === 'returned' && record.statusReason && (
                <p className="asked">
                  {t('askedOfYou')}{t('colon')}
                  {/* The reviewer's own words, in the language they wrote them. */}
                  <span translate="no">{record.statusReason}</span>
                </p>
              )}
              {record.amount !== null && (
                <p>
                  {t('estimateAmount')}{t('colon')}<Money fen={record.amount} />
                </p>
              )}
              {record.paidAmount > 0 && (
                <p>
                  {t('paidAmount')}{t('colon')}<Money fen={record.paidAmount} />
                </p>
              )}
              <a className="button" href={record.status === 'draft' || record.status === 'returned' ? `#/apply/${record.measure}/${record.id}` : `#/applications/${record.id}`}>
                {record.status === 'returned' ? t('correct') : record.status === 'draft' ? t('continueDraft') : t('open')}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
