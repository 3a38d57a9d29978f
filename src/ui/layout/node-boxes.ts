import { nodeBoxes, type NodeBox } from '../../core/layout/node-size';
import type { Design, Id } from '../../core/model/types';
import { indexOf } from '../design-index';

// The boxes of a design's nodes (size, wrapped name, subtitle), once per design value, as the
// layout and the exports compute them.
const cache = new WeakMap<Design, Map<Id, NodeBox>>();

export function boxesOf(design: Design): Map<Id, NodeBox> {
  let boxes = cache.get(design);
  if (!boxes) {
    boxes = nodeBoxes(design, indexOf(design));
    cache.set(design, boxes);
  }
  return boxes;
}
