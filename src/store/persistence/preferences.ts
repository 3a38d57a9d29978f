// Per-browser preferences (theme, collapsed panels): small strings in localStorage. A preference
// is a convenience: when storage is blocked or full it is simply not remembered.

const PREFIX = 'eventsmith:';

export type PreferenceKey = 'theme' | `panel:${string}` | 'presenter-name' | 'minimap' | 'live-name' | 'live-link-origin';

export function readPreference(key: PreferenceKey): string | null {
  try {
    return localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

export function writePreference(key: PreferenceKey, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, value);
  } catch {
    /* not remembered; nothing else depends on it */
  }
}
