/**
 * Keys typed into a field or an editor belong to it, never to a canvas or app shortcut. Monaco
 * edits through an EditContext `<div>` (not an input, not contenteditable), so it is recognised
 * by its container: the canvas library's own "is this an input?" test misses it, which is why
 * the canvas's key bindings are all handled here instead of by the library.
 */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  if (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) return true;
  return !!el.closest('.monaco-editor, .monaco-diff-editor, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="combobox"]');
}

/**
 * Plain keys (Delete, Space, F2, arrows) act on the canvas only when the canvas or nothing in
 * particular has focus: a Backspace on a focused list row or button must not delete a node.
 */
export function isCanvasKeyTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || el === document.body || el === document.documentElement) return true;
  if (isTyping(el)) return false;
  return typeof el.closest === 'function' && !!el.closest('.canvas');
}
