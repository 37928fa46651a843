/** A small argument parser: positionals, `--flag value` and boolean `--flag`. */
export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | true>;
}

const BOOLEAN = new Set(['json', 'help']);

export function parseArgs(argv: string[]): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2);
      if (inline !== undefined) options[name] = inline;
      else if (BOOLEAN.has(name) || i + 1 >= argv.length || argv[i + 1].startsWith('--')) options[name] = true;
      else options[name] = argv[++i];
    } else positional.push(arg);
  }
  return { positional, options };
}
