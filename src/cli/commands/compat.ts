// `eventsmith compat <old schema…> <new schema> [--mode …] [--policy LENIENT|STRICT] [--format text|json]`
import { COMPAT_MODES, COMPAT_POLICIES, CompatInputError, checkCompatibility, parseSchema, type CompatIssue } from '../../core/compat/index';
import type { Command, ExitCode } from '../command';
import { oneOf, parseArgs, UsageError, type CliIO } from '../io';
import { USAGE } from './usage';

const FORMATS = ['text', 'json'] as const;

function describeIssue(issue: CompatIssue, earlier: string): string {
  return [
    `  ✗ ${issue.type} at ${issue.path} (${issue.direction}, against ${earlier})`,
    `    ${issue.message}`,
    `    Instead: ${issue.advice}`,
  ].join('\n');
}

export function compat(argv: string[], io: CliIO): ExitCode {
  const { positionals, options } = parseArgs(argv, ['--mode', '--policy', '--format']);
  if (positionals.length < 2) throw new UsageError('needs the old schema file(s) and the new schema file: compat <old> <new>');
  const upper = (v: string | true | undefined) => (typeof v === 'string' ? v.toUpperCase() : v);
  const mode = oneOf(upper(options['--mode']), COMPAT_MODES, '--mode', 'BACKWARD');
  const policy = oneOf(upper(options['--policy']), COMPAT_POLICIES, '--policy', 'LENIENT');
  const format = oneOf(options['--format'], FORMATS, '--format', 'text');

  const files = positionals.map((path) => ({ path, text: io.readText(path) }));
  for (const f of files) {
    try {
      parseSchema(f.text, f.path);
    } catch (e) {
      if (e instanceof CompatInputError) throw new UsageError(e.message);
      throw e;
    }
  }
  const next = files[files.length - 1];
  const earlier = files.slice(0, -1);
  let result;
  try {
    result = checkCompatibility(earlier.map((f) => f.text), next.text, { mode, policy });
  } catch (e) {
    // Past the budget ("schema too complex to check"): one line, exit 2, never a verdict.
    if (e instanceof CompatInputError) throw new UsageError(`${next.path}: ${e.message}`);
    throw e;
  }
  // Issues name earlier versions by position (#1 = oldest); show the file instead.
  const fileOf = (against?: string) => (against?.startsWith('#') ? earlier[Number(against.slice(1)) - 1]?.path : against) ?? '?';

  if (format === 'json') {
    const issues = result.issues.map((i) => ({ ...i, against: fileOf(i.against) }));
    io.stdout(JSON.stringify({ mode, policy, compatible: result.compatible, issues }, null, 2) + '\n');
  } else {
    const verdict = result.compatible ? 'compatible' : `incompatible (${result.issues.length} issue${result.issues.length === 1 ? '' : 's'})`;
    io.stdout(`${next.path} is ${verdict} — ${mode}, ${policy} policy\n`);
    for (const issue of result.issues) io.stdout(describeIssue(issue, fileOf(issue.against)) + '\n');
  }
  return result.compatible ? 0 : 1;
}

export const compatCommand: Command = {
  name: 'compat',
  ...USAGE.compat,
  run: compat,
};
