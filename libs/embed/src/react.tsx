import { createElement, useEffect, useRef } from 'react';
import type { ApplicationRecord, Decision, MatchResult } from '@pioneer/sdk';
import { definePioneerApply, type PioneerApplyElement, type PioneerErrorDetail } from './lib/pioneer-apply.element';

/** Props of the React form: the element's attributes, its token, and a callback per event. */
export interface PioneerApplyProps {
  measure: string;
  baseUrl: string;
  lang?: 'zh-CN' | 'en';
  /** The applicant's session token (or a function giving the current one). */
  token?: string | (() => string | Promise<string>);
  asOf?: string;
  className?: string;
  onEstimate?: (detail: { decision: Decision; partial: MatchResult }) => void;
  onDraftSaved?: (record: ApplicationRecord) => void;
  onSubmitted?: (record: ApplicationRecord) => void;
  onError?: (detail: PioneerErrorDetail) => void;
}

const EVENTS = { 'pioneer-estimate': 'onEstimate', 'pioneer-draft-saved': 'onDraftSaved', 'pioneer-submitted': 'onSubmitted', 'pioneer-error': 'onError' } as const;

/**
 * `<PioneerApply measure="compute-voucher" baseUrl="…" token={token} onSubmitted={…} />`: the same
 * custom element for portals built with React (the element does the work; this passes props in
 * and events out).
 */
export function PioneerApply(props: PioneerApplyProps) {
  const ref = useRef<PioneerApplyElement>(null);
  const latest = useRef(props);
  latest.current = props;
  definePioneerApply();

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.token = props.token;
  }, [props.token]);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const listeners = Object.entries(EVENTS).map(([type, prop]) => {
      const listener = (event: Event) => (latest.current[prop] as ((detail: unknown) => void) | undefined)?.((event as CustomEvent).detail);
      element.addEventListener(type, listener);
      return () => element.removeEventListener(type, listener);
    });
    return () => listeners.forEach((remove) => remove());
  }, []);

  return createElement('pioneer-apply', { ref, measure: props.measure, 'base-url': props.baseUrl, lang: props.lang ?? 'zh-CN', 'as-of': props.asOf, class: props.className });
}
