import { logger, type Tree } from '@nx/devkit';
import type { MeasureFamily } from '@pioneer/engine';
import { compactJson } from '@pioneer/policy-loader';
import { firstCaseTemplate } from './first-case-template';
import { measureTemplate, type PolicyFacts } from './measure-template';

/** `nx g @pioneer/codegen:measure` options (schema.json). */
export interface MeasureGeneratorOptions {
  code: string;
  family: MeasureFamily;
  policy?: string;
  /** Nx parses `--clause 12` as a number: it is taken as written. */
  clause?: string | number;
  section?: string;
}

const POLICIES = 'schemas/policies';
const FAMILIES: MeasureFamily[] = ['share-of-base', 'matching', 'fixed-tiers', 'discretionary', 'benefit', 'informational'];

type PolicyJson = {
  code: string;
  validity: { from: string; to?: string };
  sections: Array<{ code: string }>;
  units: Array<{ code: string }>;
};

function fail(message: string): never {
  throw new Error(`nx g @pioneer/codegen:measure: ${message}`);
}

function policyFolder(tree: Tree, wanted: string | undefined): string {
  const folders = tree.exists(POLICIES)
    ? tree
        .children(POLICIES)
        .filter((name) => tree.exists(`${POLICIES}/${name}/policy.json`))
        .sort()
    : [];
  if (wanted) {
    if (!folders.includes(wanted)) fail(`there is no policy '${wanted}' under ${POLICIES} (there are: ${folders.join(', ') || 'none'})`);
    return wanted;
  }
  if (folders.length === 1) return folders[0];
  fail(
    folders.length
      ? `there are ${folders.length} policies (${folders.join(', ')}): choose one with --policy`
      : `no policy under ${POLICIES}: create its policy.json first`,
  );
}

/**
 * Writes `schemas/policies/<policy>/measures/<code>.json`: a valid measure of the family, its
 * texts and numbers marked 【待填写】/[TODO], and its first data test case `cases/<code>/first.json`. Refuses a code some policy already uses.
 */
export function measureGenerator(tree: Tree, options: MeasureGeneratorOptions): () => void {
  const { code, family } = options;
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(code ?? ''))
    fail(`the code '${code}' must be kebab-case (lower-case letters and digits joined by '-', e.g. data-labelling-voucher)`);
  if (!FAMILIES.includes(family)) fail(`unknown family '${family}' (one of: ${FAMILIES.join(', ')})`);
  const folder = policyFolder(tree, options.policy);
  for (const other of tree.children(POLICIES)) {
    if (tree.exists(`${POLICIES}/${other}/measures/${code}.json`))
      fail(`a measure '${code}' already exists in ${POLICIES}/${other}/measures/: codes must be unique across policies`);
  }
  const policy = JSON.parse(tree.read(`${POLICIES}/${folder}/policy.json`, 'utf-8') ?? 'null') as PolicyJson;
  const section = options.section ?? policy.sections[0]?.code;
  if (!policy.sections.some((s) => s.code === section))
    fail(`the policy has no section '${section}' (it has: ${policy.sections.map((s) => s.code).join(', ')})`);
  const facts: PolicyFacts = {
    code: policy.code,
    validity: policy.validity,
    section,
    unit: policy.units[0]?.code ?? fail('the policy lists no responsible units'),
  };
  const file = `${POLICIES}/${folder}/measures/${code}.json`;
  // Laid out as prettier would (compactJson): no formatter needed, none to configure.
  tree.write(
    file,
    compactJson(measureTemplate({ code, family, clause: options.clause === undefined ? undefined : String(options.clause) }, facts)),
  );
  const firstCase = `${POLICIES}/${folder}/cases/${code}/first.json`;
  tree.write(firstCase, compactJson(firstCaseTemplate(family, policy.validity.from)));
  return () => {
    logger.info(`Wrote ${file} and its first test case ${firstCase}. Next:`);
    logger.info('  1. replace every 【待填写】/[TODO] text and every 0 in x-versions (see docs/schema-language.md)');
    logger.info('  2. npx pioneer check        — the engine checks names, types and values');
    logger.info('  3. npx pioneer test ' + code.padEnd(8) + '— the data test cases; set expected in ' + firstCase);
    logger.info('  4. npm run generate         — types, validators, API module, backoffice resource, SDK method');
  };
}

export default measureGenerator;
