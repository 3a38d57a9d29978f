// Other people's carets and selections in a shared text get their colour and name from one
// constructed stylesheet: y-monaco marks them with per-client classes (yRemoteSelection-<client>,
// yRemoteSelectionHead-<client>) and injects no style of its own, so the rules that map a client
// to its colour class variable (live.css) and put the name on the caret are written here, through
// the CSSOM: no <style> element, nothing the page's Content-Security-Policy has to allow.
import { peersOf } from '../../store/live/presence';

let sheet: CSSStyleSheet | null = null;
let last = '';

/** A peer's name as a CSS string: every character but plain letters and digits escaped. */
function cssString(text: string): string {
  return `"${[...text].map((ch) => (/^[A-Za-z0-9 ]$/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

export function updatePeerCaretStyles(states: Map<number, Record<string, unknown>>, me: number): void {
  const peers = peersOf([...states].map(([clientId, state]) => ({ ...state, clientId })), me);
  const rules = peers.map((p) => {
    const label = cssString(`${p.name}${p.view ? ' (view only)' : ''}`);
    return `.yRemoteSelection-${p.clientId}, .yRemoteSelectionHead-${p.clientId} { --peer: var(--peer-c${p.colour}); }\n` +
      `.yRemoteSelectionHead-${p.clientId}::after { content: ${label}; }`;
  }).join('\n');
  if (rules === last) return;
  last = rules;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(rules);
}
