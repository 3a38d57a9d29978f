import { LIVE_META } from '../../core/live/protocol';

/** True when the page was served by `eventsmith serve` (it marks the page; the static build has no mark). */
export const servedLive = (): boolean => document.querySelector(`meta[name="${LIVE_META}"]`) !== null;
