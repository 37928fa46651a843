/**
 * One name for one thing end to end, fixed here: measure code `compute-voucher` → type
 * `ComputeVoucherApplication` → route `/measures/compute-voucher/applications` → react-admin
 * resource `compute-voucher` → SDK `client.measures.computeVoucher`.
 */
export interface MeasureNames {
  /** kebab-case code, also the react-admin resource name and the route segment. */
  code: string;
  pascal: string;
  camel: string;
  /** TypeScript type of an application. */
  typeName: string;
  /** API route of the measure's applications, without the global `/api` prefix. */
  route: string;
  /** File stem for generated files. */
  file: string;
}

export function pascalCase(code: string): string {
  return code
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

export function camelCase(code: string): string {
  const pascal = pascalCase(code);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

export function measureNames(code: string): MeasureNames {
  const pascal = pascalCase(code);
  return { code, pascal, camel: camelCase(code), typeName: `${pascal}Application`, route: `/measures/${code}/applications`, file: code };
}
