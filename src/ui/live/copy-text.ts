/**
 * Copies `text`: through the Clipboard API where the page may use it, else by selecting the
 * visible field that shows it and the older copy command (a page served over plain http on a
 * LAN address is not a secure context and has no navigator.clipboard). False when neither
 * worked: the field is left selected for Ctrl+C.
 */
export async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    if (window.isSecureContext && navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // refused (permissions): fall through to the field
  }
  if (!field) return false;
  field.focus();
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
