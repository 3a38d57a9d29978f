// `eventsmith share <design file> [--base-url URL]`: prints the whole share link (PRODUCT.md §5).
import { shareLink } from '../../core/share/codec';
import type { Command } from '../command';
import { loadSystem } from '../inputs';
import { parseArgs, UsageError } from '../io';
import { DEFAULT_BASE_URL, USAGE } from './usage';

/** Past this the app warns and offers the design file instead (PRODUCT.md §5). */
const LONG_LINK = 8_000;

export const shareCommand: Command = {
  name: 'share',
  ...USAGE.share,
  run(argv, io) {
    const { positionals, options } = parseArgs(argv, ['--base-url']);
    if (positionals.length !== 1) throw new UsageError('give exactly one design file');
    const base = typeof options['--base-url'] === 'string' ? options['--base-url'] : DEFAULT_BASE_URL;
    if (!/^https?:\/\/[^\s#]+$/i.test(base.replace(/#.*$/, ''))) throw new UsageError(`--base-url must be an http(s) URL, not ${JSON.stringify(base)}`);
    const link = shareLink(loadSystem(positionals, io), base);
    io.stdout(`${link}\n`);
    if (link.length > LONG_LINK) io.stderr(`eventsmith share: the link is ${link.length} characters long; some apps cut links past ${LONG_LINK}: consider sending the design file\n`);
    return 0;
  },
};
