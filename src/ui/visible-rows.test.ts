import { describe, expect, it } from 'vitest';
import { visibleRows } from './visible-rows';

describe('visibleRows', () => {
  it('at the top: the rows in view and the overscan below', () => {
    expect(visibleRows({ top: 0, height: 370 }, 37, 1000)).toEqual({ first: 0, last: 20 });
  });

  it('scrolled: overscan on both sides, partial rows included', () => {
    // Rows 100..110 (row 110 half in view) plus ten either side.
    expect(visibleRows({ top: 3700, height: 390 }, 37, 1000)).toEqual({ first: 90, last: 121 });
  });

  it('stays within the list, at its end and for a list shorter than the view', () => {
    expect(visibleRows({ top: 36_000, height: 600 }, 37, 1000)).toEqual({ first: 962, last: 1000 });
    expect(visibleRows({ top: 0, height: 600 }, 52, 5)).toEqual({ first: 0, last: 5 });
    expect(visibleRows({ top: 99_999, height: 600 }, 52, 5)).toEqual({ first: 5, last: 5 });
  });

  it('a list that starts below the top of its scrolling parent (negative top) counts from its first row', () => {
    expect(visibleRows({ top: -200, height: 370 }, 37, 1000)).toEqual({ first: 0, last: 20 });
  });
});
