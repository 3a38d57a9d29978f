// `eventsmith lint <files…> [--format text|json|sarif]`: the same lints as the canvas, with ajv
// validation of schemas and examples in a worker thread with a time budget. Exit 1 when an open
// error remains.
import { lintDesign, countBySeverity, openFindings } from '../../core/lint/engine';
import { rules } from '../../core/lint/registry';
import { toSarif } from '../../core/lint/sarif';
import type { Finding, Severity } from '../../core/lint/types';
import type { Command, ExitCode } from '../command';
import { loadSystem } from '../inputs';
import { startValidation } from '../validate';
import { oneOf, parseArgs, type CliIO } from '../io';
import { USAGE } from './usage';

const FORMATS = ['text', 'json', 'sarif'] as const;
const PROFILES = ['sketch', 'review', 'production'] as const;
const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function formatText(findings: readonly Finding[], source: string): string {
  const open = openFindings(findings);
  const counts = countBySeverity(findings);
  const suppressed = findings.length - open.length;
  const lines: string[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const group = open.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${HEADINGS[severity]} (${group.length})`);
    for (const f of group) lines.push(`  ${f.ruleId}  ${f.target.kind} "${f.target.name}": ${f.message}${f.path ? ` [${f.path}]` : ''}`);
    lines.push('');
  }
  const summary = open.length === 0
    ? `${source}: no problems`
    : `${source}: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`;
  lines.push(suppressed ? `${summary} (${suppressed} suppressed)` : summary);
  return lines.join('\n') + '\n';
}

function formatJson(findings: readonly Finding[]): string {
  const plain = openFindings(findings).map((f) => ({
    ruleId: f.ruleId, severity: f.severity, message: f.message,
    target: { kind: f.target.kind, id: f.target.id, name: f.target.name },
    ...(f.path !== undefined ? { path: f.path } : {}),
  }));
  return JSON.stringify(plain, null, 2) + '\n';
}

async function runLint(argv: string[], io: CliIO): Promise<ExitCode> {
  const { positionals, options } = parseArgs(argv, ['--format', '--profile']);
  const format = oneOf(options['--format'], FORMATS, '--format', 'text');
  // Absent: the design's own profile (absent there too: Review). The per-rule table still wins.
  const profile = options['--profile'] === undefined ? undefined : oneOf(options['--profile'], PROFILES, '--profile', 'review');
  const validation = startValidation();
  let findings: Finding[];
  try {
    const { design } = loadSystem(positionals, validation.reading(io));
    findings = lintDesign(design, { validation: await validation.validate(design), profile });
  } finally {
    validation.dispose();
  }
  const source = positionals.join(', ');
  if (format === 'json') io.stdout(formatJson(findings));
  else if (format === 'sarif') io.stdout(JSON.stringify(toSarif(findings, rules, { artifactUri: positionals.length === 1 ? positionals[0].replace(/\\/g, '/') : undefined }), null, 2) + '\n');
  else io.stdout(formatText(findings, source));
  return openFindings(findings).some((f) => f.severity === 'error') ? 1 : 0;
}

export const lintCommand: Command = {
  name: 'lint',
  ...USAGE.lint,
  run: runLint,
};
