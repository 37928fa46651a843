import type { FormValidation } from '@rjsf/utils';

/** A FormValidation as rjsf hands customValidate one: any path can be read, `addError` collects. */
export function createFormValidation(): FormValidation & Record<string, { __errors: string[] }> {
  const make = (): Record<string, unknown> => {
    const node: Record<string, unknown> = { __errors: [] as string[] };
    node.addError = (message: string) => (node.__errors as string[]).push(message);
    return new Proxy(node, { get: (target, key: string) => (key in target ? target[key] : (target[key] = make())) });
  };
  return make() as unknown as FormValidation & Record<string, { __errors: string[] }>;
}
