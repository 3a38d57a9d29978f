// `eventsmith unshare <link | file | -> [-o design.json]`: decodes a share link into a design
// file (stdout without -o). A link longer than a command line allows comes from a file or from
// standard input (`-`). A broken link exits 2 with the one-line reason.
import { decodeShare, ShareError } from '../../core/share/codec';
import type { Command } from '../command';
import { parseArgs, UsageError, type CliIO } from '../io';
import { USAGE } from './usage';

/** A link or fragment as typed: has the `#d=` fragment or is one (`d=…`, `1.…`). */
function looksLikeLink(arg: string): boolean {
  return /#d=|^d=|^\d+\./.test(arg.trim()) || /^https?:\/\//i.test(arg.trim());
}

function linkText(arg: string, io: CliIO): string {
  if (arg === '-') {
    if (!io.readStdin) throw new UsageError('cannot read standard input here');
    return io.readStdin().trim();
  }
  // A file path when such a file exists; anything else is decoded (and refused) as a link.
  if (looksLikeLink(arg) || !io.exists?.(arg)) return arg;
  return io.readText(arg).trim();
}

export const unshareCommand: Command = {
  name: 'unshare',
  ...USAGE.unshare,
  run(argv, io) {
    const { positionals, options } = parseArgs(argv, ['-o', '--output']);
    if (positionals.length !== 1) throw new UsageError('give exactly one link, a file holding it, or - for standard input (quote a link: the shell treats # and & specially)');
    let decoded;
    try {
      decoded = decodeShare(linkText(positionals[0], io));
    } catch (e) {
      if (e instanceof ShareError) throw new UsageError(e.message);
      throw e;
    }
    for (const repair of decoded.repairs) io.stderr(`warning: repaired: ${repair}\n`);
    const text = `${JSON.stringify(decoded.file, null, 2)}\n`;
    const out = options['-o'] ?? options['--output'];
    if (typeof out === 'string') io.writeText(out, text);
    else io.stdout(text);
    return 0;
  },
};
