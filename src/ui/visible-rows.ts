import { useEffect, useState, type RefObject } from 'react';

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

/**
 * The view of a windowed list as visibleRows wants it, kept up to date on scroll and resize: the
 * list either scrolls itself (`self`) or sits inside a scrolling parent below other content
 * (`parent`: `top` is then measured from where the list starts, negative above it).
 */
export function useScrollView(list: RefObject<HTMLElement | null>, scroller: 'self' | 'parent'): { top: number; height: number } {
  const [view, setView] = useState({ top: 0, height: 600 });
  useEffect(() => {
    const listEl = list.current;
    const el = scroller === 'self' ? listEl : listEl?.parentElement;
    if (!listEl || !el) return;
    const update = () => {
      const offset = el === listEl ? 0 : listEl.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop;
      setView({ top: el.scrollTop - offset, height: el.clientHeight || 600 });
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
    observer?.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [list, scroller]);
  return view;
}
