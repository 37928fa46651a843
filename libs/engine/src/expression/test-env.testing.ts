import { compileExpression } from './compile-expression';
import type { ExprProblem, ExpressionEnv, ExprType, FieldInfo } from './expression.types';

/**
 * For the expression specs: an environment with these fields and parameters and no conditions,
 * and a `compile` returning the compiled expression with its problems. `refs` collects the
 * measures `awarded` names.
 */
export function testCompiler(fields: Record<string, FieldInfo>, params: Record<string, ExprType>, refs: string[] = []) {
  const env: ExpressionEnv = {
    field: (path) => fields[path],
    fieldPaths: () => Object.keys(fields),
    param: (name) => params[name],
    paramNames: () => Object.keys(params),
    condition: () => undefined,
    conditionNames: () => [],
    measureRef: (ref) => refs.push(ref),
  };
  return (expr: unknown) => {
    const problems: ExprProblem[] = [];
    return { ...compileExpression(expr, '/when', env, problems), problems };
  };
}
