import { autocompletion, type CompletionContext } from '@codemirror/autocomplete';
import { json } from '@codemirror/lang-json';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { basicSetup, EditorView } from 'codemirror';
import { problemText } from '@pioneer/engine';
import { useEffect, useRef } from 'react';
import { useLang } from '../applications/useLang';
import { pointerRanges, rangeOf } from './json-pointer-position';
import type { StudioProblem } from './useStudioEdit';

interface Props {
  text: string;
  onChange: (text: string) => void;
  /** Problems in this file (those of other files are listed beside the editor, not placed in it). */
  problems: StudioProblem[];
  /** The measure meta-schema: its keywords and the measure's parameter names are offered as completions. */
  metaSchema: Record<string, unknown>;
}

/** Keywords of the meta-schema (top level and its definitions) and the parameters the text declares. */
function completionWords(metaSchema: Record<string, unknown>, text: string): string[] {
  const words = new Set<string>();
  const walk = (node: unknown, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 6) return;
    const properties = (node as { properties?: Record<string, unknown> }).properties;
    if (properties) Object.keys(properties).forEach((key) => words.add(key));
    Object.values(node).forEach((child) => walk(child, depth + 1));
  };
  walk(metaSchema, 0);
  try {
    Object.keys((JSON.parse(text) as { 'x-parameters'?: object })['x-parameters'] ?? {}).forEach((name) => words.add(name));
  } catch {
    // Half-typed JSON: the meta-schema's words still help.
  }
  return [...words].sort();
}

/**
 * CodeMirror 6 on the measure's JSON: the problems the API found underlined at their JSON
 * pointer (with the problem in the backoffice's language as the message), and completion from the meta-schema.
 */
export function JsonEditor({ text, onChange, problems, metaSchema }: Props) {
  const lang = useLang();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef({ metaSchema, onChange });
  latest.current = { metaSchema, onChange };

  useEffect(() => {
    const complete = (context: CompletionContext) => {
      const word = context.matchBefore(/"[\w-]*/);
      if (!word) return null;
      const options = completionWords(latest.current.metaSchema, context.state.doc.toString()).map((label) => ({
        label: `"${label}"`,
        type: 'property',
      }));
      return { from: word.from, options };
    };
    view.current = new EditorView({
      parent: host.current!,
      doc: text,
      extensions: [
        basicSetup,
        json(),
        lintGutter(),
        autocompletion({ override: [complete] }),
        EditorView.updateListener.of((update) => update.docChanged && latest.current.onChange(update.state.doc.toString())),
        EditorView.theme({ '&': { maxHeight: '70vh', fontSize: '13px' }, '.cm-scroller': { overflow: 'auto' } }),
      ],
    });
    return () => view.current?.destroy();
    // The editor is made once; text changes from outside are applied below.
  }, []);

  useEffect(() => {
    const current = view.current;
    if (current && current.state.doc.toString() !== text)
      current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: text } });
  }, [text]);

  useEffect(() => {
    // The API's problems, placed at their pointers in the text they were found in.
    const current = view.current;
    if (!current) return;
    const ranges = pointerRanges(current.state.doc.toString());
    const diagnostics: Diagnostic[] = problems.map((p) => {
      const at = rangeOf(ranges, p.pointer) ?? { from: 0, to: 0 };
      return { from: at.from, to: at.to, severity: 'error', message: problemText(p, lang) };
    });
    const first = diagnostics[0];
    // The first problem is brought into view when it is off screen: the editor renders only what is visible.
    const offScreen = first && (first.from < current.viewport.from || first.to > current.viewport.to);
    current.dispatch(setDiagnostics(current.state, diagnostics));
    if (offScreen) current.dispatch({ effects: EditorView.scrollIntoView(first.from, { y: 'center' }) });
  }, [problems, lang]);

  return <div ref={host} data-testid="studio-editor" style={{ border: '1px solid #ccc' }} />;
}
