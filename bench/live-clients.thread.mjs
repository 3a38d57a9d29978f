// Entry of a live-benchmark client thread: worker threads do not inherit tsx's loader, so the
// TypeScript worker is loaded through tsx here (as bin/eventsmith.mjs loads the CLI).
import { register } from 'tsx/esm/api';

register();
await import('./live-clients.worker.ts');
