import type { MeasureCatalogueEntry } from '@pioneer/sdk';
import { clauseLabel } from '../i18n/clause-label';
import { formatDay } from '../i18n/format-day';
import { useLang } from '../i18n/useLang';
import { LoadState } from '../LoadState';
import { apiClient } from '../session/session';
import { useAsync } from '../useAsync';

/** Measures grouped by their policy section, in the catalogue's order. */
function bySection(measures: MeasureCatalogueEntry[]) {
  const sections = new Map<string, { label: MeasureCatalogueEntry['section']['label']; measures: MeasureCatalogueEntry[] }>();
  for (const m of [...measures].sort((a, b) => a.order - b.order)) {
    const key = `${m.policy}/${m.section.code}`;
    if (!sections.has(key)) sections.set(key, { label: m.section.label, measures: [] });
    sections.get(key)!.measures.push(m);
  }
  return [...sections.entries()];
}

/** The landing page: the policy's measures by section, what each pays and until when. */
export function Landing() {
  const { t, l, lang } = useLang();
  const catalogue = useAsync(() => apiClient().catalogue(), []);
  return (
    <>
      <h1>{t('appTitle')}</h1>
      <p className="intro">{t('landingIntro')}</p>
      <p>
        <a className="button primary" href="#/match">
          {t('landingMatchCta')}
        </a>
      </p>
      <LoadState {...catalogue} />
      {catalogue.value &&
        bySection(catalogue.value).map(([key, section]) => (
          <section key={key} aria-labelledby={`section-${key}`}>
            <h2 id={`section-${key}`}>{l(section.label)}</h2>
            <ul className="cards">
              {section.measures.map((m) => (
                <li key={m.code} className="card" data-measure={m.code}>
                  <h3>{l(m.name)}</h3>
                  <p>{l(m.summary)}</p>
                  <dl>
                    <dt>{t('pays')}</dt>
                    <dd>{l(m.formula)}</dd>
                    <dt>{t('openUntil')}</dt>
                    <dd>{formatDay(m.validity.to, lang)}</dd>
                    <dt>{t('clause')}</dt>
                    <dd>{clauseLabel(m.clause, lang)}</dd>
                  </dl>
                  {m.hasForm ? (
                    <a className="button" href={`#/apply/${m.code}`}>
                      {t('apply')}
                    </a>
                  ) : (
                    <span className="muted">{t('noApplication')}</span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
    </>
  );
}
