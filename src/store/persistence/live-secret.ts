// The workshop server's secret (`eventsmith serve --token`) as the person typed it, kept for this tab
// only (sessionStorage): a reload or a second room link on the same server does not ask again, and
// nothing outlives the tab. Blocked storage means it is simply asked for again.

const KEY = 'eventsmith:live-secret';

export function rememberedSecret(): string | undefined {
  try {
    return sessionStorage.getItem(KEY) || undefined;
  } catch {
    return undefined;
  }
}

export function rememberSecret(secret: string | null): void {
  try {
    if (secret) sessionStorage.setItem(KEY, secret);
    else sessionStorage.removeItem(KEY);
  } catch {
    /* not remembered: the next link asks again */
  }
}
