// Whether the workshop server needs its secret (`eventsmith serve --token`), and whether a typed one
// is right: the server checks it before anyone joins with it, so a typo is a message in the dialog,
// not a room that refuses to connect. The secret itself is kept for the tab (persistence/live-secret).
import { LIVE_INFO_PATH } from '../../core/live/protocol';
export { rememberedSecret, rememberSecret } from '../persistence/live-secret';

export interface LiveInfo {
  /** The server was started with --token: starting and joining rooms need its secret. */
  secretRequired: boolean;
  /** Whether the secret sent with the question is the server's (always true when none is required). */
  secretAccepted: boolean;
}

/** Asks the server whether it needs a secret and, when one is given, whether it is the right one. */
export async function liveInfo(secret?: string): Promise<LiveInfo> {
  const res = await fetch(LIVE_INFO_PATH, { headers: secret ? { Authorization: `Bearer ${secret}` } : {}, cache: 'no-store' });
  if (!res.ok) throw new Error(`the server answered ${res.status}`);
  const body = (await res.json()) as { secretRequired?: unknown; secretAccepted?: unknown };
  const secretRequired = body.secretRequired === true;
  return { secretRequired, secretAccepted: !secretRequired || body.secretAccepted === true };
}
