/** Rows drawn beyond each edge of the view, so a quick scroll shows no blank before the next render. */
export const OVERSCAN = 10;

/**
 * The rows of a windowed list of fixed-height rows to put in the page: [first, last) around the
 * view (`top` is the scroll offset into the list; negative while the list starts below the top of
 * its scrolling parent), with OVERSCAN rows either side, within 0..count.
 */
export function visibleRows(view: { top: number; height: number }, rowHeight: number, count: number, overscan = OVERSCAN): { first: number; last: number } {
  const top = Math.max(0, view.top);
  return {
    first: Math.min(count, Math.max(0, Math.floor(top / rowHeight) - overscan)),
    last: Math.min(count, Math.ceil((top + view.height) / rowHeight) + overscan),
  };
}
