// `tsx tools/codegen/src/scaffold/template-preview.ts '<request JSON>'`: the scaffold's measure of a
// family and its first test case, printed as JSON ({ measure, firstCase }), writing nothing. The
// studio's "new measure" runs it, so the studio and `nx g @pioneer/codegen:measure` start every
// measure from the same template.
import type { MeasureFamily } from '@pioneer/engine';
import { firstCaseTemplate } from './first-case-template';
import { measureTemplate, type PolicyFacts } from './measure-template';

interface TemplateRequest {
  code: string;
  family: MeasureFamily;
  clause?: string;
  policy: PolicyFacts;
}

function main(argv: string[]): void {
  if (!argv[0]) throw new Error("usage: template-preview '<{ code, family, clause?, policy: { code, validity, section, unit, units? } }>'");
  const request = JSON.parse(argv[0]) as TemplateRequest;
  const measure = measureTemplate({ code: request.code, family: request.family, clause: request.clause }, request.policy);
  const firstCase = firstCaseTemplate(request.family, request.policy.validity.from);
  process.stdout.write(JSON.stringify({ measure, firstCase }));
}

try {
  main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`template preview: ${(error as Error).message}`);
  process.exit(2);
}
