// `eventsmith unshare '<link or fragment>' [-o design.json]`: decodes a share link into a design
// file (stdout without -o). A broken link exits 2 with the one-line reason.
import { decodeShare, ShareError } from '../../core/share/codec';
import type { Command } from '../command';
import { parseArgs, UsageError } from '../io';

export const unshareCommand: Command = {
  name: 'unshare',
  usage: "unshare '<link or fragment>' -o design.json",
  summary: 'decode a share link into a design file',
  run(argv, io) {
    const { positionals, options } = parseArgs(argv, ['-o', '--output']);
    if (positionals.length !== 1) throw new UsageError('give exactly one link or fragment (quote it: the shell treats # and & specially)');
    let decoded;
    try {
      decoded = decodeShare(positionals[0]);
    } catch (e) {
      if (e instanceof ShareError) throw new UsageError(e.message);
      throw e;
    }
    for (const repair of decoded.repairs) io.stderr(`eventsmith unshare: repaired: ${repair}\n`);
    const text = `${JSON.stringify(decoded.file, null, 2)}\n`;
    const out = options['-o'] ?? options['--output'];
    if (typeof out === 'string') io.writeText(out, text);
    else io.stdout(text);
    return 0;
  },
};
