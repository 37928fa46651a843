import type { MatchResult, MatchStatus } from '@pioneer/engine';
import { SchemaForm, type JsonSchema } from '@pioneer/ui-forms';
import { useEffect, useMemo, useRef, useState } from 'react';
import { loadEngine } from '../engine/engine';
import { useLang } from '../i18n/useLang';
import type { StringKey } from '../i18n/strings';
import { LoadState } from '../LoadState';
import { MoneyRangeText } from '../Money';
import { useAsync } from '../useAsync';
import { organisationSchema } from './organisation-schema';

/** The facts a profile asks for: the organisation without what identifies it (name, code, contact), all optional. */
async function profileSchema(): Promise<{ key: string; schema: JsonSchema }> {
  const { key, node } = await organisationSchema();
  const properties = Object.fromEntries(Object.entries(node.properties as Record<string, JsonSchema>).filter(([name]) => !['name', 'creditCode', 'contact'].includes(name)));
  return { key, schema: { type: 'object', required: [key], properties: { [key]: { ...node, properties, required: [] } } } };
}

const GROUPS: Array<{ title: StringKey; statuses: MatchStatus[] }> = [
  { title: 'matchEligible', statuses: ['eligible'] },
  { title: 'matchPossible', statuses: ['possible'] },
  { title: 'matchIneligible', statuses: ['ineligible'] },
];

function MatchCard({ result, canApply }: { result: MatchResult; canApply: boolean }) {
  const { t, l } = useLang();
  return (
    <li className="card" data-match={result.measure} data-status={result.status}>
      <h3>{l(result.name)}</h3>
      {result.status !== 'ineligible' && (
        <p>
          {t('estimate')}{t('colon')}{result.estimate ? <MoneyRangeText range={result.estimate} /> : t('estimateUnknown')}
          {result.capScope && <span className="muted"> · {l(result.capScope)}</span>}
        </p>
      )}
      {result.failed.length > 0 && (
        <>
          <h4>{t('whyNot')}</h4>
          <ul>{result.failed.map((rule) => <li key={rule.code}>{l(rule.reason ?? rule.label)}</li>)}</ul>
        </>
      )}
      {result.undecided.length > 0 && (
        <>
          <h4>{t('stillUnknown')}</h4>
          <ul>{result.undecided.map((rule) => <li key={rule.code}>{l(rule.label)}</li>)}</ul>
        </>
      )}
      {canApply && result.status !== 'ineligible' && (
        <a className="button" href={`#/apply/${result.measure}`}>
          {t('apply')}
        </a>
      )}
    </li>
  );
}

/** The policy matcher: a short profile → the measures it qualifies for, with estimates, reasons and what is unknown. */
export function Matcher() {
  const { t, lang } = useLang();
  const loaded = useAsync(() => Promise.all([loadEngine(), profileSchema()]), []);
  const [profile, setProfile] = useState<unknown>({});
  const [asked, setAsked] = useState<unknown>(null);
  const results = useMemo(() => {
    if (!loaded.value || !asked) return null;
    const [{ policies, asOf }] = loaded.value;
    return policies.flatMap((policy) => policy.match(asked, asOf).map((result) => ({ result, canApply: result.family !== 'informational' })));
  }, [loaded.value, asked]);
  // The results come below the questions, out of sight on a phone: each new match takes the reader
  // (and the focus, so a screen reader reads on from there) to them.
  const resultsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (results) resultsRef.current?.focus();
  }, [results]);

  return (
    <>
      <h1>{t('matchTitle')}</h1>
      <p>{t('matchIntro')}</p>
      <LoadState loading={loaded.loading} error={loaded.error} retry={loaded.retry} />
      {loaded.value && (
        <SchemaForm schema={loaded.value[1].schema} lang={lang} formData={profile} onChange={setProfile} onSubmit={setAsked}>
          <p className="muted">{t('profileHint')}</p>
          <button type="submit" className="button primary">
            {t('matchRun')}
          </button>
        </SchemaForm>
      )}
      {results && (
        <div aria-live="polite" ref={resultsRef} tabIndex={-1} className="results" data-match-results>
          {GROUPS.map((group) => {
            const shown = results.filter(({ result }) => group.statuses.includes(result.status));
            return (
              shown.length > 0 && (
                <section key={group.title} data-group={group.title}>
                  <h2>
                    {t(group.title)} ({shown.length})
                  </h2>
                  <ul className="cards">
                    {shown.map(({ result, canApply }) => (
                      <MatchCard key={result.measure} result={result} canApply={canApply} />
                    ))}
                  </ul>
                </section>
              )
            );
          })}
        </div>
      )}
    </>
  );
}
