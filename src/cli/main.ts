import type { ExitCode } from './command';
import { commands } from './commands/index';
import { escapeControls, nodeIO, UsageError, type CliIO } from './io';

function help(): string {
  const lines = ['Usage: eventsmith <command> [options]', '', 'Commands:'];
  for (const c of commands) lines.push(`  ${c.usage}`, `      ${c.summary}`);
  lines.push('', 'Exit codes: 0 done and clean, 1 problems found, 2 unusable input or arguments.');
  return lines.join('\n') + '\n';
}

export async function main(argv: string[], rawIO: CliIO = nodeIO): Promise<ExitCode> {
  // Names, paths and parser messages come from input files: no raw terminal escape reaches the user.
  const io: CliIO = { ...rawIO, stdout: (t) => rawIO.stdout(escapeControls(t)), stderr: (t) => rawIO.stderr(escapeControls(t)) };
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`eventsmith: unknown command "${name}" (try --help)\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    // Never a stack trace: one line the user can act on.
    const message = e instanceof UsageError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
    io.stderr(`eventsmith ${name}: ${message.split('\n')[0]}\n`);
    return 2;
  }
}
