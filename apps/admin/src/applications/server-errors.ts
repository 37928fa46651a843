import type { Lang } from '@pioneer/engine';
import type { ErrorSchema } from '@rjsf/utils';

type Message = string | { 'zh-CN': string; en: string };

/** A 400's issues ({ pointer, message }) as rjsf's error schema, so each shows at its field. */
export function issuesToErrorSchema(issues: ReadonlyArray<{ pointer: string; message: Message }> | undefined, lang: Lang): ErrorSchema | undefined {
  if (!issues?.length) return undefined;
  const root: Record<string, unknown> = {};
  for (const issue of issues) {
    let node = root;
    for (const key of issue.pointer.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))) {
      node[key] = (node[key] as Record<string, unknown> | undefined) ?? {};
      node = node[key] as Record<string, unknown>;
    }
    const text = typeof issue.message === 'string' ? issue.message : issue.message[lang];
    node.__errors = [...((node.__errors as string[] | undefined) ?? []), text];
  }
  return root as ErrorSchema;
}
