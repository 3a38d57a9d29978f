import type { ReactNode } from 'react';
import type { NodeBox } from '../../core/layout/node-size';

/**
 * A node's name as the layout sized it (one or two lines that fit the node), its subtitle, and the
 * full name for screen readers and as a tooltip: nothing is ever clipped by the box. `editor`
 * (the inline rename field) takes the name's place while the node is renamed.
 */
export function NodeText({ box, editor }: { box: NodeBox; editor?: ReactNode }) {
  return (
    <div className="node-text" title={editor ? undefined : box.name}>
      {editor ?? (
        <div className="node-title">
          <span className="sr-only">{box.name}</span>
          {box.lines.map((line, i) => <span key={i} className="node-line" aria-hidden="true">{line}</span>)}
        </div>
      )}
      <div className="node-sub">{box.sub}</div>
    </div>
  );
}
