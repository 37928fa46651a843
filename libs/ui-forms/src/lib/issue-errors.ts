import type { Label, Lang } from '@pioneer/engine';
import type { ErrorSchema } from '@rjsf/utils';

/**
 * The API's issues (a 400 names each field by JSON pointer) as errors beside those fields, in the
 * form's language; an issue about the whole form goes on the form's root.
 */
export function issuesToErrorSchema(issues: ReadonlyArray<{ pointer: string; message: Label }>, lang: Lang): ErrorSchema {
  const root: Record<string, unknown> = {};
  for (const issue of issues) {
    let node = root;
    for (const key of issue.pointer.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~')))
      node = (node[key] ??= {}) as Record<string, unknown>;
    node.__errors = [...((node.__errors as string[]) ?? []), issue.message[lang]];
  }
  return root as ErrorSchema;
}
