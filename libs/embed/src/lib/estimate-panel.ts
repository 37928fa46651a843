import { moneyLabel, traceMessage, type Decision, type Lang, type MatchResult, type RuleOutcome } from '@pioneer/sdk';
import { UI } from './messages';
import { el } from './dom';


function reasons(rules: RuleOutcome[], lang: Lang): HTMLElement | undefined {
  const failed = rules.filter((r) => r.passed === false);
  if (!failed.length) return undefined;
  const list = el('ul', { className: 'issues' });
  for (const rule of failed) list.append(el('li', { textContent: (rule.reason ?? rule.label)[lang] }));
  return list;
}

/**
 * The live estimate: the award the form would get, in 元/万元, and the trace that explains it
 * (the engine's own wording). While the form is incomplete, the matcher's range from the facts
 * given so far. A polite live region, so screen readers hear the new amount.
 */
export function drawEstimate(panel: HTMLElement, lang: Lang, decision: Decision, partial: MatchResult): void {
  panel.replaceChildren(el('h3', { textContent: UI.estimateTitle[lang] }));
  if (decision.status === 'invalid') {
    const range = partial.status === 'ineligible' || partial.status === 'not-open' ? null : partial.estimate;
    if (range && range.max > 0) {
      const text = range.min === range.max ? moneyLabel(range.max)[lang] : `${moneyLabel(range.min)[lang]} – ${moneyLabel(range.max)[lang]}`;
      panel.append(el('p', { className: 'amount', textContent: text }));
    } else if (partial.status === 'ineligible') panel.append(el('p', { className: 'amount none', textContent: UI.estimateNone[lang] }));
    panel.append(el('p', { className: 'help', textContent: UI.estimateIncomplete[lang] }));
    const why = reasons(partial.failed, lang);
    if (why) panel.append(why);
    return;
  }
  const amount = decision.award?.amount;
  panel.append(
    typeof amount === 'number' && amount > 0
      ? el('p', { className: 'amount', textContent: moneyLabel(amount)[lang] })
      : el('p', { className: 'amount none', textContent: UI.estimateNone[lang] }),
  );
  const why = reasons(decision.rules, lang);
  if (why) panel.append(why);
  const details = el('details');
  details.append(el('summary', { textContent: UI.traceTitle[lang] }));
  const trace = el('ol');
  for (const line of decision.trace) trace.append(el('li', { textContent: traceMessage(line)[lang] }));
  details.append(trace);
  panel.append(details);
}
