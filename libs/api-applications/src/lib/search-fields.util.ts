import { MEASURES } from '@pioneer/contracts';

const byMeasure = new Map<string, string[]>();

/**
 * The form fields `q=` searches in a measure's list: the text columns the list shows
 * (`x-ui.list`: organisation name, project title, provider…), never free-text enums or codes
 * that filters already serve. Bounded by the schema, so a search costs a few LIKEs per row of
 * one measure, which the (measure, …) indexes narrow to first.
 */
export function searchFields(measure: string): string[] {
  let paths = byMeasure.get(measure);
  if (!paths) {
    const entry = MEASURES.find((m) => m.code === measure);
    const fields = new Map((entry?.fields ?? []).map((field) => [field.path, field]));
    paths = (entry?.listFields ?? []).filter((path) => {
      const field = fields.get(path);
      return field?.type === 'string' && !field.enum && !(entry?.filterFields ?? []).includes(path);
    });
    byMeasure.set(measure, paths);
  }
  return paths;
}
