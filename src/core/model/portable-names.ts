// File and folder names that work wherever an export is copied: Windows refuses device names
// (`CON`, `aux.yaml`, `COM1`, with any extension and in any case), and Windows and macOS file
// systems ignore case, so `Orders` and `orders` would be one file.

const WINDOWS_RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

export function isWindowsReserved(name: string): boolean {
  return WINDOWS_RESERVED.test(name);
}

/**
 * `base` when it is neither a device name nor taken ignoring case, else `base-2`, `base-3`, …
 * `taken` holds lower-case names and receives the one returned.
 */
export function portableName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; isWindowsReserved(name) || taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
  taken.add(name.toLowerCase());
  return name;
}
