import type { JsonObject, StudioEdit } from '@pioneer/sdk';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLang } from '../applications/useLang';
import { stagedMeasure } from './staged-measures';
import { failureText, studio } from './studio-client';

/** A problem as the API reports it: where (JSON pointer), what, `pioneer check`'s line, and its message key to word it in either language. */
export interface StudioProblem {
  file: string;
  pointer: string;
  message: string;
  text: string;
  key: string;
  params: Record<string, string>;
}

/** A case's run: file, name, passed, what differs. */
export interface CaseRun {
  file: string;
  name: { 'zh-CN': string; en: string };
  passed: boolean;
  differences: Array<{ key: string; expected: unknown; actual: unknown }>;
}

export interface SavedMeasure {
  policy: string;
  file: string;
  measure: JsonObject;
  example: JsonObject | null;
  metaSchema: JsonObject;
}

/**
 * The measure being edited: its text, the parsed measure, and on every edit (after a short pause)
 * the problems as `pioneer check` finds them and the cases run on it — red or green.
 */
export function useStudioEdit(code: string) {
  const lang = useLang();
  const [saved, setSaved] = useState<SavedMeasure | null>(null);
  const [text, setText] = useState('');
  const [newCases, setNewCases] = useState<NonNullable<StudioEdit['newCases']>>([]);
  const [problems, setProblems] = useState<StudioProblem[]>([]);
  const [cases, setCases] = useState<CaseRun[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  // A new measure (staged by "new measure") is not a file yet: its edits carry where it goes.
  const [placement, setPlacement] = useState<StudioEdit['placement']>(undefined);
  // The form the edit generates (live preview) and the application tried on it: the preview's
  // form and the try-it panel edit the same application.
  const [form, setForm] = useState<JsonObject | null>(null);
  const [application, setApplication] = useState<JsonObject>({});

  useEffect(() => {
    const staged = stagedMeasure(code);
    if (staged) {
      setSaved(staged);
      setText(JSON.stringify(staged.measure, null, 2));
      setNewCases(staged.newCases);
      setPlacement(staged.placement);
      setApplication(staged.example ?? {});
      return;
    }
    studio.measure(code).then(
      (answer) => {
        const loaded = answer as unknown as SavedMeasure;
        setSaved(loaded);
        setText(JSON.stringify(loaded.measure, null, 2));
        setApplication(loaded.example ?? {});
      },
      (error) => setFailure(failureText(error, lang)),
    );
  }, [code, lang]);

  const parsed = useMemo((): { measure?: JsonObject; error?: string } => {
    if (!text) return {};
    try {
      return { measure: JSON.parse(text) as JsonObject };
    } catch (error) {
      return { error: (error as Error).message };
    }
  }, [text]);

  const edit = useMemo(
    (): StudioEdit | null => (parsed.measure ? { measure: parsed.measure, newCases, ...(placement ? { placement } : {}) } : null),
    [parsed.measure, newCases, placement],
  );

  useEffect(() => {
    if (!edit) return;
    let live = true;
    const timer = setTimeout(async () => {
      try {
        const checked = (await studio.check(code, edit)) as unknown as { problems: StudioProblem[]; form: JsonObject | null };
        if (!live) return;
        setProblems(checked.problems);
        if (checked.form) setForm(checked.form);
        setFailure(null);
        if (checked.problems.length) return setCases([]);
        const ran = (await studio.cases(code, edit)) as unknown as { results: CaseRun[] };
        if (live) setCases(ran.results);
      } catch (error) {
        if (live) setFailure(failureText(error, lang));
      }
    }, 400);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [code, edit, lang]);

  /** Replaces the measure by a changed copy (the structured panels' edits). */
  const update = useCallback(
    (change: (measure: JsonObject) => void) => {
      if (!parsed.measure) return;
      const copy = structuredClone(parsed.measure);
      change(copy);
      setText(JSON.stringify(copy, null, 2));
    },
    [parsed.measure],
  );

  return { saved, text, setText, parsed, edit, update, problems, cases, newCases, setNewCases, failure, isNew: !!placement, form, application, setApplication };
}

export type StudioEditState = ReturnType<typeof useStudioEdit>;
