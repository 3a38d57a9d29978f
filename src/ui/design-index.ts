import { indexDesign, type DesignIndex } from '../core/model/queries';
import type { Design } from '../core/model/types';

// One index per design value: components look entities up by id in O(1), and the same design
// object always yields the same index (stable references for selectors).
const cache = new WeakMap<Design, DesignIndex>();

export function indexOf(design: Design): DesignIndex {
  let index = cache.get(design);
  if (!index) {
    index = indexDesign(design);
    cache.set(design, index);
  }
  return index;
}
