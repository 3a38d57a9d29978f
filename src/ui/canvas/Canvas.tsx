import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { lazyOrNotice } from '../lazy-or-notice';
import {
  Background, BackgroundVariant, Controls, EdgeLabelRenderer, ReactFlow, useReactFlow, useStore,
  type Connection, type Edge, type FinalConnectionState, type Node, type NodeChange, type EdgeChange, type OnConnectEnd,
} from '@xyflow/react';
import type { Id, Viewport } from '../../core/model/types';
import { useEditor, useEditorStore } from '../../store/context';
import type { EditorState } from '../../store/store';
import { lintViewOf, worstSeverity } from '../lint-view';
import { useHeldSpace } from '../keyboard/use-held-space';
import { CarryEdge } from './CarryEdge';
import { EdgeViewContext, selectLabelsVisible } from './edge-view';
import { GroupLayer } from './GroupLayer';
import { MiniMapToggle, SideMiniMap, useMiniMapPreference } from './SideMiniMap';
import { ServiceNode } from './ServiceNode';
import { TopicNode } from './TopicNode';
import { deriveEdges, deriveNodes } from './view-model';
import { useViewOnly } from '../live/view-only';
import { PALETTE_MIME, addFromPalette, type PaletteKind } from './palette-actions';
import { applyEdgeChanges, applyNodeChanges, canConnect, connectNodes, createConnectedNode, explainRefusedConnection, rememberViewport } from './canvas-actions';

const nodeTypes = { service: ServiceNode, topic: TopicNode };
const edgeTypes = { carry: CarryEdge };
const SNAP: [number, number] = [20, 20];
// Props React Flow compares by identity: an object or array literal here is a new value on every
// render of the canvas (every mouse move of a drag), and React Flow then stores it again (one more
// update of its store, so one more run of every node's and edge's selectors) or re-binds its key
// listeners. Module constants keep them the same.
const FIT_VIEW_OPTIONS = { padding: 0.25, maxZoom: 1.2 };
const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };
/** Past this many nodes only what is visible is rendered, to keep dragging smooth. */
const VISIBLE_ONLY_FROM = 300;
/** The minimap redraws every node on every frame; past this it costs more than it helps. */
const MINIMAP_UP_TO = 1000;

const selectDesign = (s: EditorState) => s.design;
const selectDragging = (s: EditorState) => s.dragging;
const selectSelection = (s: EditorState) => s.selection;
const selectTheme = (s: EditorState) => s.theme;
const selectFocus = (s: EditorState) => s.focusRequest;
const selectFindings = (s: EditorState) => s.findings;
const selectInRoom = (s: EditorState) => s.room !== null;
const selectEditingEdge = (s: EditorState) => (s.inlineEdit?.kind === 'edge' ? s.inlineEdit.id : null);
// Other people's pointers and the nodes they have selected, in a live room only.
// The room bar says so when the live session's code cannot load (the same file).
const PeerLayer = lazyOrNotice('The live session', () => import('../live/room-ui').then((m) => ({ default: m.PeerLayer })), { as: 'nothing' });

export function Canvas() {
  const store = useEditorStore();
  const design = useEditor(selectDesign);
  const dragging = useEditor(selectDragging);
  const selection = useEditor(selectSelection);
  const theme = useEditor(selectTheme);
  const focusRequest = useEditor(selectFocus);
  const findings = useEditor(selectFindings);
  const flow = useReactFlow();
  const viewOnly = useViewOnly();
  const inRoom = useEditor(selectInRoom);
  const labelsVisible = useStore(selectLabelsVisible);
  const editingEdge = useEditor(selectEditingEdge);
  const edgeView = useMemo(() => ({ labelsVisible, editingEdge }), [labelsVisible, editingEdge]);
  const [minimap, setMinimap] = useMiniMapPreference();
  const spaceHeld = useHeldSpace();
  const cache = useRef(new Map<Id, Node>());
  const edgeCache = useRef(new Map<string, Edge>());
  const [measureTick, setMeasureTick] = useState(0);

  // Derived from the parts they show, so a pan or zoom (a new design object with only the
  // viewport changed) does not rebuild every node and edge.
  const { services, topics, events, publications, subscriptions } = design;
  const layoutNodes = design.layout.nodes;
  const lint = lintViewOf(findings);
  const nodes = useMemo(
    () => deriveNodes({ ...design, services, topics, layout: { nodes: layoutNodes } }, dragging, selection, cache.current),
    // Keyed on the parts nodes are made of, not the whole design, so a pan or zoom (which changes
    // only the design's viewport) rebuilds nothing; measureTick: after React Flow measures nodes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [services, topics, layoutNodes, dragging, selection, measureTick],
  );
  const edges = useMemo(
    () => deriveEdges({ ...design, events, publications, subscriptions }, selection, (id) => worstSeverity(lint.byTarget.get(id) ?? []), edgeCache.current),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the same: not on viewport changes
    [events, publications, subscriptions, lint, selection],
  );

  const onNodesChange = useCallback((changes: NodeChange[]) => {
    if (applyNodeChanges(store.getState(), changes, cache.current)) setMeasureTick((t) => t + 1); // re-derive with sizes
  }, [store]);
  const onEdgesChange = useCallback((changes: EdgeChange[]) => applyEdgeChanges(store.getState(), changes), [store]);
  const isValidConnection = useCallback((c: Connection | Edge) => canConnect(store.getState().design, c), [store]);
  const onConnect = useCallback((c: Connection) => void connectNodes(store.getState(), c.source, c.target), [store]);
  const onConnectEnd: OnConnectEnd = useCallback((event: MouseEvent | TouchEvent, connection: FinalConnectionState) => {
    const state = store.getState();
    if (connection.toNode || !connection.fromNode) return explainRefusedConnection(state, connection);
    // Dropped on empty canvas: create the node that fits there, connected, with its name open.
    const point = 'changedTouches' in event ? event.changedTouches[0] : event;
    const at = flow.screenToFlowPosition({ x: point.clientX, y: point.clientY });
    createConnectedNode(state, connection.fromNode.id, connection.fromHandle?.type === 'target' ? 'target' : 'source', at);
  }, [store, flow]);
  const onNodeDoubleClick = useCallback((_: unknown, node: Node) => viewOnly || store.getState().editInline(node.id, 'node'), [store, viewOnly]);
  const onEdgeDoubleClick = useCallback((_: unknown, edge: Edge) => {
    if (edge.selectable !== false && !viewOnly) store.getState().editInline(edge.id, 'edge');
  }, [store, viewOnly]);

  const onDragOver = useCallback((event: DragEvent) => {
    if (event.dataTransfer.types.includes(PALETTE_MIME)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback((event: DragEvent) => {
    const kind = event.dataTransfer.getData(PALETTE_MIME) as PaletteKind;
    if (!kind) return;
    event.preventDefault();
    const position = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    addFromPalette(store.getState(), kind, position);
  }, [flow, store]);

  const onMoveEnd = useCallback((_: unknown, viewport: Viewport) => rememberViewport(store.getState(), viewport), [store]);

  useEffect(() => {
    if (!focusRequest) return;
    const node = flow.getNode(focusRequest.id);
    if (node) flow.fitView({ nodes: [{ id: node.id }], duration: 300, maxZoom: 1.2 });
  }, [focusRequest, flow]);

  const empty = design.services.length === 0 && design.topics.length === 0;
  // Decided once per opened design (the canvas is keyed by it): a saved viewport wins, a design
  // with nodes but no viewport is fitted, an empty one starts at 1:1 and stays there as it grows.
  const [initialViewport] = useState(() => design.layout.viewport ?? (empty ? { x: 0, y: 0, zoom: 1 } : undefined));

  return (
    <div className="canvas" onDragOver={onDragOver} onDrop={onDrop} data-testid="canvas">
      <EdgeViewContext.Provider value={edgeView}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          onNodeDoubleClick={onNodeDoubleClick}
          onEdgeDoubleClick={onEdgeDoubleClick}
          zoomOnDoubleClick={false}
          nodesDraggable={!viewOnly}
          nodesConnectable={!viewOnly}
          isValidConnection={isValidConnection}
          onMoveEnd={onMoveEnd}
          defaultViewport={initialViewport}
          fitView={!initialViewport}
          fitViewOptions={FIT_VIEW_OPTIONS}
          snapToGrid
          snapGrid={SNAP}
          colorMode={theme}
          // Every key binding goes through ../keyboard (one test for "is the user typing?"): the
          // library's own test misses Monaco, and Space and Backspace never reached the editors.
          deleteKeyCode={null}
          panActivationKeyCode={null}
          panOnScroll={spaceHeld}
          multiSelectionKeyCode={MULTI_SELECTION_KEYS}
          selectionKeyCode="Shift"
          onlyRenderVisibleElements={nodes.length >= VISIBLE_ONLY_FROM}
          minZoom={0.1}
          maxZoom={2}
          proOptions={PRO_OPTIONS}
          aria-label="Design canvas"
        >
          <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
          <Controls showInteractive={false} aria-label="Zoom controls"><MiniMapToggle on={minimap} toggle={setMinimap} /></Controls>
          {minimap && nodes.length <= MINIMAP_UP_TO && <SideMiniMap />}
          <GroupLayer />
          {/* In the edge-label layer (flow coordinates): the names stay readable over edge labels. */}
          {inRoom && <EdgeLabelRenderer><Suspense fallback={null}><PeerLayer nodes={nodes} flow={flow} /></Suspense></EdgeLabelRenderer>}
        </ReactFlow>
      </EdgeViewContext.Provider>
      {empty && (
        <div className="canvas-hint" role="note">
          <h2>Start your design</h2>
          <p>Drag a <strong>Producer</strong>, a <strong>Topic</strong> and a <strong>Consumer</strong> from the palette, then connect them by dragging from one handle to another.</p>
          <p>Or open the <strong>Order saga</strong> from <em>Examples</em> in the toolbar.</p>
        </div>
      )}
    </div>
  );
}
