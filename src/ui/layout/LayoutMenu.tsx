import { useReactFlow } from '@xyflow/react';
import type { Direction } from '../../core/layout/drawing';
import { useEditor, useEditorStore } from '../../store/context';
import type { EditorState } from '../../store/store';
import { layoutSelection, runAutoLayout } from '../actions/layout-lazy';
import { Menu } from '../Menu';

const selectDirection = (s: EditorState) => s.design.layout.direction;
const selectSelected = (s: EditorState) => s.selection.nodes.length;

/** Layout of the selection, and which way the flow reads (the design keeps it; changing it lays out again). */
export function LayoutMenu() {
  const store = useEditorStore();
  const flow = useReactFlow();
  const direction = useEditor(selectDirection);
  const selected = useEditor(selectSelected);
  const fit = () => flow.fitView({ padding: 0.15, duration: 300 });
  const fail = (e: Error) => store.getState().notify('error', `Layout failed: ${e.message}`);
  const flowTo = (d: Direction) => () => void runAutoLayout(store.getState(), { direction: d, after: fit }).catch(fail);
  return (
    <Menu label="Layout" title="Lay out the selection; choose which way the flow reads" items={[
      { label: 'Layout selection', hint: selected >= 2 ? `${selected} nodes; the rest stays` : 'select two or more nodes', disabled: selected < 2, onSelect: () => void layoutSelection(store.getState()).catch(fail) },
      { label: `${direction === 'RIGHT' ? '✓ ' : ''}Flow left to right`, onSelect: flowTo('RIGHT') },
      { label: `${direction === 'DOWN' ? '✓ ' : ''}Flow top to bottom`, onSelect: flowTo('DOWN') },
    ]} />
  );
}
