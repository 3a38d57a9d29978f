import { createStore } from 'zustand/vanilla';
import * as commands from '../core/model/commands';
import type { LinkOrigin } from '../core/live/protocol';
import type { PlainFinding } from '../core/lint/types';
import type { Design, Id, LintProfile, Position, Viewport } from '../core/model/types';
import type { ValidationResults } from '../core/validate/types';
import { emptyHistory, record, redo, undo, type History } from './history';

export type Theme = 'light' | 'dark';
export type DockTab = 'events' | 'problems';
export type Panel = 'palette' | 'inspector' | 'dock';
export const PANELS: readonly Panel[] = ['palette', 'inspector', 'dock'];

export interface Selection {
  nodes: Id[];
  edges: Id[];
}

export interface Notice {
  id: number;
  kind: 'info' | 'error' | 'success';
  message: string;
}

/** Someone else in the live room (Hocuspocus awareness). */
export interface Peer {
  clientId: number;
  name: string;
  /** Index into the room's colour classes (peer-c0 … peer-c7). */
  colour: number;
  view: boolean;
  /** Pointer on the canvas, in flow coordinates. */
  cursor: Position | null;
  /** Nodes this person has selected or is editing. */
  selection: Id[];
  /** The event whose schema or example this person is editing. */
  event: Id | null;
  /** The shared text their caret is in (sharedTextKey), if any. */
  text: string | null;
}

/** A room's links, and the origins they can be made with (the page's own, or this machine's network addresses). */
export interface RoomLinks {
  edit: string;
  view: string;
  origins: LinkOrigin[];
}

export interface RoomState {
  id: string;
  /** `view`: a view-only link — nothing can be changed, and the server refuses anyway. */
  access: 'edit' | 'view';
  /** `offline` after a connection was lost; edits made meanwhile are kept and merge when it returns. */
  status: 'connecting' | 'connected' | 'offline';
  /** The room's design (or this browser's kept copy of it) is here: editing may start. */
  ready: boolean;
  /** True for a moment after the connection returned (the banner says so). */
  reconnected: boolean;
  canUndo: boolean;
  canRedo: boolean;
  peers: Peer[];
  /** The links of the room, when this person started it (shown with QR codes). */
  links: RoomLinks | null;
}

/** What the store asks of the live session (undo and redo of one's own edits, leaving). */
export interface RoomControl {
  undo: () => void;
  redo: () => void;
  leave: () => void;
  /** This person's pointer on the canvas (flow coordinates), shared as presence; null when outside. */
  setCursor: (position: Position | null) => void;
  setName: (name: string) => void;
  /**
   * The room's document for an editor to bind to a shared text (y-monaco), null while there is
   * none. Loosely typed so the store's types carry no Yjs: the binding (a lazy chunk) knows them.
   */
  shared: () => SharedRoom | null;
}

export interface SharedRoom {
  /** The room's Y.Doc. */
  doc: unknown;
  /** The provider's awareness (y-protocols). */
  awareness: unknown;
  /** Counts a writer (an editor binding) as one's own for undo; returns the way to stop. */
  track: (origin: object) => () => void;
  /** This person's caret and selection in a shared text, as presence (null: in none). */
  setTextCaret: (caret: TextCaret | null) => void;
}

/** A caret in a shared text: which text (its key) and Yjs relative positions, as JSON. */
export interface TextCaret {
  key: string;
  anchor: unknown;
  head: unknown;
}

export interface EditorState {
  /** The entry in My designs this design is stored under. */
  docId: string;
  design: Design;
  history: History;
  selection: Selection;
  selectedEventId: Id | null;
  /** Positions of nodes being dragged; committed to the design once, at the drag's end. */
  dragging: Record<Id, Position> | null;
  theme: Theme;
  dockTab: DockTab;
  /** The dock takes most of the height (schema editing) instead of 40 %. */
  dockExpanded: boolean;
  notices: Notice[];
  /** Set when saving failed; shown in a banner with a way out. */
  storageError: string | null;
  /** Set when the design was opened from a link or an example and not yet kept. */
  provisional: { source: 'link' | 'file' | 'import'; previousDocId: string | null } | null;
  /** The latest schema/example validation the worker reported, per event. */
  validation: ValidationResults;
  /** True once the lint worker has answered (its rules are known). */
  lintReady: boolean;
  /** The lint worker's latest findings (of the design as it was a moment ago: lint runs off the page's thread). */
  findings: readonly PlainFinding[];
  /** Bumped to ask the canvas to centre a node (problems panel). */
  focusRequest: { id: Id; seq: number } | null;
  /** Panels folded away to give the canvas room (remembered per browser). */
  collapsed: Record<Panel, boolean>;
  /** Presentation mode: only the canvas, larger labels; Escape leaves. */
  presenting: boolean;
  /** A keyboard dialog opened by a shortcut: the shortcut sheet or "Connect to…". */
  dialog: 'shortcuts' | 'connect' | null;
  /** The node whose name is being edited on the canvas, or the edge whose events are. */
  inlineEdit: { id: Id; kind: 'node' | 'edge' } | null;
  /** The in-app clipboard: the system clipboard may be unavailable (permissions, insecure context). */
  clipboard: commands.Clipboard | null;
  /**
   * Every id stays pinned (a live room: its entries are keyed by id, so an id moving with a
   * rename would reach the others as a delete and an add). Set with `pinIds`.
   */
  idsPinned: boolean;
  /** The live room this design is shared in, or null when alone. */
  room: RoomState | null;
  roomControl: RoomControl | null;
  /** The live-session dialog (start a room, its links). */
  liveDialog: boolean;
}

export interface EditorActions {
  /** Applies a pure command result as one undoable edit. */
  commit: (next: Design, key?: string) => void;
  apply: (command: (design: Design) => Design, key?: string) => void;
  /** Picks the design's lint profile (PRODUCT.md §3) as one undoable edit. */
  setLintProfile: (profile: LintProfile) => void;
  /**
   * Renames a service, topic or event (a server: its host) as one undoable edit; typing in one
   * name field coalesces even while its id follows the name. Returns the element's id after.
   */
  /** `ownStep`: a rename committed at once (the canvas's inline rename) is its own undo step, never
   *  merged with typing in the same name field a moment later. */
  renameElement: (id: Id, name: string, options?: { ownStep?: boolean }) => Id;
  /** Sets an element's id by hand, which pins it (one undoable edit); a refusal's reason otherwise. */
  setElementId: (id: Id, next: string) => string | null;
  undo: () => void;
  redo: () => void;
  load: (docId: string, design: Design, provisional?: EditorState['provisional']) => void;
  select: (selection: Selection) => void;
  selectEvent: (id: Id | null) => void;
  setDragging: (positions: Record<Id, Position> | null) => void;
  endDrag: (positions: Record<Id, Position>) => void;
  setTheme: (theme: Theme) => void;
  setDockTab: (tab: DockTab) => void;
  toggleDock: () => void;
  notify: (kind: Notice['kind'], message: string) => void;
  dismissNotice: (id: number) => void;
  setStorageError: (message: string | null) => void;
  setProvisional: (value: EditorState['provisional']) => void;
  focus: (id: Id) => void;
  setValidation: (validation: ValidationResults) => void;
  /** The viewport is view state: remembered with the layout but never an undo step. */
  setViewport: (viewport: Viewport) => void;
  /** The lint worker's answer for the latest design it was sent. */
  setLint: (findings: readonly PlainFinding[]) => void;
  setClipboard: (clip: commands.Clipboard | null) => void;
  togglePanel: (panel: Panel) => void;
  setPresenting: (on: boolean) => void;
  showDialog: (dialog: EditorState['dialog']) => void;
  /** Opens the inline editor on a node (its name) or an edge (its events). */
  editInline: (id: Id, kind: 'node' | 'edge') => void;
  endInlineEdit: () => void;
  /** Pins every id now and keeps every later edit's ids pinned (on), or lets new ids follow names again (off). */
  pinIds: (on: boolean) => void;
  enterRoom: (room: RoomState, control: RoomControl) => void;
  updateRoom: (patch: Partial<RoomState>) => void;
  exitRoom: () => void;
  /** The room's design changed (another person, or undo of one's own edit): not an undo step here. */
  applyRemote: (design: Design) => void;
  showLiveDialog: (open: boolean) => void;
}

/** A view-only room member changes nothing (the server would refuse it anyway). */
export const canEdit = (s: Pick<EditorState, 'room'>): boolean => s.room === null || (s.room.access === 'edit' && s.room.ready);

export type EditorStore = ReturnType<typeof createEditorStore>;

export function createEditorStore(initial: { docId: string; design: Design; theme?: Theme; collapsed?: Partial<Record<Panel, boolean>> }) {
  return createStore<EditorState & EditorActions>()((set, get) => {
    /** One undoable edit; `renames` moves what the editor holds by id in the same update. */
    const commitWith = (candidate: Design, key?: string, renames?: ReadonlyMap<Id, Id>) => {
      const { design, history } = get();
      if (!canEdit(get())) return;
      const next = get().idsPinned ? commands.pinAllIds(candidate) : candidate;
      if (next === design) return;
      const moved = renames?.size ? followRenames(get(), renames) : {};
      let nextHistory = record(history, design, key, Date.now());
      // Typing on in the same name field names the element by its new id: still the same undo step.
      if (key?.endsWith('.name') && renames?.size) {
        const id = key.slice(0, -'.name'.length);
        if (renames.has(id) && nextHistory.lastKey === key) nextHistory = { ...nextHistory, lastKey: `${renames.get(id)}.name` };
      }
      set({ ...moved, design: next, history: nextHistory, selection: pruneSelection(moved.selection ?? get().selection, next) });
    };
    return {
      docId: initial.docId,
      design: initial.design,
      history: emptyHistory(),
      selection: { nodes: [], edges: [] },
      selectedEventId: null,
      dragging: null,
      theme: initial.theme ?? 'light',
      dockTab: 'events',
      dockExpanded: false,
      notices: [],
      storageError: null,
      provisional: null,
      focusRequest: null,
      validation: {},
      lintReady: false,
      findings: [],
      clipboard: null,
      inlineEdit: null,
      collapsed: { palette: false, inspector: false, dock: false, ...initial.collapsed },
      presenting: false,
      dialog: null,
      idsPinned: false,
      room: null,
      roomControl: null,
      liveDialog: false,

      commit: (next, key) => commitWith(next, key),
      apply: (command, key) => get().commit(command(get().design), key),
      setLintProfile: (profile) => get().commit(commands.setLintProfile(get().design, profile)),
      renameElement: (id, name, options) => {
        const { design, renames } = commands.renameElement(get().design, id, name);
        commitWith(design, options?.ownStep ? undefined : `${id}.name`, renames);
        return renames.get(id) ?? id;
      },
      setElementId: (id, wanted) => {
        const r = commands.setElementId(get().design, id, wanted);
        if ('error' in r) return r.error;
        commitWith(r.design, undefined, r.renames);
        return null;
      },
      undo: () => {
        const live = get().roomControl;
        if (live) return live.undo();
        const r = undo(get().history, get().design);
        if (r) set({ design: r.design, history: r.history, selection: pruneSelection(get().selection, r.design) });
      },
      redo: () => {
        const live = get().roomControl;
        if (live) return live.redo();
        const r = redo(get().history, get().design);
        if (r) set({ design: r.design, history: r.history, selection: pruneSelection(get().selection, r.design) });
      },
      load: (docId, design, provisional = null) =>
        set({ docId, design, history: emptyHistory(), selection: { nodes: [], edges: [] }, selectedEventId: null, dragging: null, provisional, inlineEdit: null }),
      select: (selection) => {
        const current = get().selection;
        if (sameIds(current.nodes, selection.nodes) && sameIds(current.edges, selection.edges)) return;
        set({ selection });
      },
      selectEvent: (id) => set({ selectedEventId: id }),
      setDragging: (positions) => set({ dragging: positions }),
      endDrag: (positions) => {
        set({ dragging: null });
        get().commit(commands.moveNodes(get().design, positions));
      },
      setTheme: (theme) => set({ theme }),
      setDockTab: (dockTab) => set({ dockTab }),
      toggleDock: () => set({ dockExpanded: !get().dockExpanded }),
      notify: (kind, message) => {
        const notices = get().notices;
        const notice = { id: (notices.at(-1)?.id ?? 0) + 1, kind, message };
        set({ notices: [...notices.slice(-3), notice] });
      },
      dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
      setStorageError: (storageError) => set({ storageError }),
      setProvisional: (provisional) => set({ provisional }),
      focus: (id) => set({ focusRequest: { id, seq: (get().focusRequest?.seq ?? 0) + 1 } }),
      setValidation: (validation) => set({ validation }),
      setViewport: (viewport) => {
        const design = get().design;
        const current = design.layout.viewport;
        const next = { x: Math.round(viewport.x), y: Math.round(viewport.y), zoom: Math.round(viewport.zoom * 1000) / 1000 };
        if (current && current.x === next.x && current.y === next.y && current.zoom === next.zoom) return;
        set({ design: { ...design, layout: { ...design.layout, viewport: next } } });
      },
      setLint: (findings) => set({ lintReady: true, findings }),
      setClipboard: (clipboard) => set({ clipboard }),
      togglePanel: (panel) => set({ collapsed: { ...get().collapsed, [panel]: !get().collapsed[panel] } }),
      setPresenting: (presenting) => set({ presenting, inlineEdit: null }),
      showDialog: (dialog) => set({ dialog }),
      editInline: (id, kind) => set({ inlineEdit: { id, kind } }),
      endInlineEdit: () => set({ inlineEdit: null }),
      pinIds: (on) => set(on ? { idsPinned: true, design: commands.pinAllIds(get().design) } : { idsPinned: false }),
      enterRoom: (room, roomControl) => set({ room, roomControl, history: emptyHistory() }),
      updateRoom: (patch) => {
        const room = get().room;
        if (room) set({ room: { ...room, ...patch } });
      },
      exitRoom: () => set({ room: null, roomControl: null, history: emptyHistory() }),
      applyRemote: (next) => {
        const design = get().design;
        // The viewport is each person's own: kept as it is here.
        const viewport = design.layout.viewport;
        const applied = viewport ? { ...next, layout: { ...next.layout, viewport } } : next;
        set({ design: applied, selection: pruneSelection(get().selection, applied) });
      },
      showLiveDialog: (liveDialog) => set({ liveDialog }),
    };
  });
}

/** What the editor holds by id (selection, open editors, validation), moved to the renamed ids. */
function followRenames(state: EditorState, renames: ReadonlyMap<Id, Id>): Partial<EditorState> {
  const r = (id: Id) => renames.get(id) ?? id;
  const out: Partial<EditorState> = { selection: { nodes: state.selection.nodes.map(r), edges: state.selection.edges.map(r) } };
  if (state.selectedEventId) out.selectedEventId = r(state.selectedEventId);
  if (state.inlineEdit) out.inlineEdit = { ...state.inlineEdit, id: r(state.inlineEdit.id) };
  if (state.focusRequest) out.focusRequest = { ...state.focusRequest, id: r(state.focusRequest.id) };
  if (Object.keys(state.validation).some((id) => renames.has(id))) {
    const validation: ValidationResults = {};
    for (const [id, v] of Object.entries(state.validation)) validation[r(id)] = v;
    out.validation = validation;
  }
  return out;
}

function sameIds(a: Id[], b: Id[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Drops selected ids that no longer exist (after delete, undo, load). */
function pruneSelection(selection: Selection, design: Design): Selection {
  if (selection.nodes.length === 0 && selection.edges.length === 0) return selection;
  const nodeIds = new Set([...design.services.map((s) => s.id), ...design.topics.map((t) => t.id)]);
  const edgeIds = new Set([...design.publications.map((p) => p.id), ...design.subscriptions.map((s) => s.id)]);
  const nodes = selection.nodes.filter((id) => nodeIds.has(id));
  const edges = selection.edges.filter((id) => edgeIds.has(id));
  return nodes.length === selection.nodes.length && edges.length === selection.edges.length ? selection : { nodes, edges };
}
