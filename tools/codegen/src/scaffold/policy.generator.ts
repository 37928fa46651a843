import { logger, type Tree } from '@nx/devkit';
import { compactJson } from '@pioneer/policy-loader';
import { policyTemplate, type PolicyTemplateOptions } from './policy-template';

/** `nx g @pioneer/codegen:policy` options (policy-schema.json). */
export interface PolicyGeneratorOptions {
  code: string;
  level: PolicyTemplateOptions['level'];
  from: string;
  to: string;
}

const POLICIES = 'schemas/policies';
const LEVELS = ['national', 'provincial', 'city', 'district'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function fail(message: string): never {
  throw new Error(`nx g @pioneer/codegen:policy: ${message}`);
}

/** Writes `schemas/policies/<code>/policy.json` (placeholders to replace) and an empty measures/ folder's first step. */
export function policyGenerator(tree: Tree, options: PolicyGeneratorOptions): () => void {
  const { code, level, from, to } = options;
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(code ?? '')) fail(`the code '${code}' must be kebab-case (e.g. example-district-2025)`);
  if (!LEVELS.includes(level)) fail(`unknown level '${level}' (one of: ${LEVELS.join(', ')})`);
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const)
    if (!DATE.test(String(value ?? ''))) fail(`--${name} takes a date written YYYY-MM-DD, not '${value}'`);
  if (to < from) fail(`--to ${to} is before --from ${from}`);
  const file = `${POLICIES}/${code}/policy.json`;
  if (tree.exists(file)) fail(`${file} already exists`);
  tree.write(file, compactJson(policyTemplate({ code, level, from, to })));
  return () => {
    logger.info(`Wrote ${file}. Next:`);
    logger.info('  1. replace every 【待填写】/[TODO] text (docs/schema-language.md, "Policy file")');
    logger.info(`  2. nx g @pioneer/codegen:measure --policy ${code} --code <code> --family <family>`);
    logger.info('  3. npx pioneer check, then npm run generate');
  };
}

export default policyGenerator;
