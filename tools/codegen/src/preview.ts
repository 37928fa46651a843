// `tsx tools/codegen/src/preview.ts --repo <repo> --staging <dir>`: what the generator would change
// in <repo> if its schemas/ were <dir>/schemas, printed as JSON ({ written: [{ path, content }],
// removed: [path] }), writing nothing. The studio's publish runs it on a staged copy of the
// schemas with the edit, so nothing in the repository changes unless every step succeeds.
import { formatProblem, PolicyCheckError } from '@pioneer/policy-loader';
import { EMITTERS } from './emitters';
import { generate } from './generate';
import { syncFiles } from './pipeline/write-files';

async function preview(argv: string[]): Promise<number> {
  const option = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    if (at < 0 || !argv[at + 1]) throw new Error(`usage: preview --repo <repo> --staging <dir> (missing --${name})`);
    return argv[at + 1];
  };
  const repo = option('repo');
  const staging = option('staging');
  try {
    const { files } = await generate({ repoRoot: staging, write: false });
    const report = syncFiles(
      files,
      EMITTERS.flatMap((e) => e.outputs),
      repo,
      false,
    );
    const byPath = new Map(files.map((f) => [f.path, f.content]));
    const json = JSON.stringify({ written: report.written.map((p) => ({ path: p, content: byPath.get(p) })), removed: report.removed });
    // A pipe takes large writes asynchronously: exit only once all of it is out.
    await new Promise<void>((resolve) => process.stdout.write(json, () => resolve()));
    return 0;
  } catch (error) {
    if (error instanceof PolicyCheckError) {
      process.stderr.write(error.problems.map(formatProblem).join('\n'));
      return 1;
    }
    throw error;
  }
}

preview(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`generate preview: ${(error as Error).message}`);
    process.exit(2);
  },
);
