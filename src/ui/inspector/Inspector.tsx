import { useEditor } from '../../store/context';
import type { EditorState } from '../../store/store';
import { indexOf } from '../design-index';
import { PanelToggle } from '../panels';
import { DesignInspector } from './DesignInspector';
import { FindingsSection } from './FindingsSection';
import { lazyPart } from '../lazy-part';
import * as c from '../../core/model/commands';
import { useViewOnly } from '../live/view-only';

// Shown only once something is selected: lazy chunks, fetched after the first paint.
const ServiceInspector = lazyPart('The service inspector', () => import('./ServiceInspector').then((m) => m.ServiceInspector));
const TopicInspector = lazyPart('The topic inspector', () => import('./TopicInspector').then((m) => m.TopicInspector));
const PublicationInspector = lazyPart('The publication inspector', () => import('./PublicationInspector').then((m) => m.PublicationInspector));
const SubscriptionInspector = lazyPart('The subscription inspector', () => import('./SubscriptionInspector').then((m) => m.SubscriptionInspector));

const selectDesign = (s: EditorState) => s.design;
const selectSelection = (s: EditorState) => s.selection;

export function Inspector() {
  const design = useEditor(selectDesign);
  const selection = useEditor(selectSelection);
  const commit = useEditor((s) => s.commit);
  const viewOnly = useViewOnly();
  const index = indexOf(design);
  const count = selection.nodes.length + selection.edges.length;
  let body;
  let targetId: string | null = null;
  if (count > 1) {
    body = (
      <>
        <h2 className="inspector-heading">{count} selected</h2>
        <p className="muted">{selection.nodes.length} nodes, {selection.edges.length} connections.</p>
        <button type="button" className="btn btn-danger" onClick={() => commit(c.removeEntities(design, [...selection.nodes, ...selection.edges]))}>Delete selected</button>
      </>
    );
  } else if (selection.nodes.length === 1) {
    targetId = selection.nodes[0];
    const service = index.services.get(targetId);
    const topic = index.topics.get(targetId);
    // Keyed by place in the list, not id: an id that follows the name changes while the name is typed.
    body = service ? <ServiceInspector key={`s${design.services.indexOf(service)}`} service={service} />
      : topic ? <TopicInspector key={`t${design.topics.indexOf(topic)}`} topic={topic} /> : null;
  } else if (selection.edges.length === 1) {
    targetId = selection.edges[0];
    const pub = index.publications.get(targetId);
    const sub = index.subscriptions.get(targetId);
    body = pub ? <PublicationInspector key={`p${design.publications.indexOf(pub)}`} publication={pub} />
      : sub ? <SubscriptionInspector key={`u${design.subscriptions.indexOf(sub)}`} subscription={sub} /> : null;
  } else {
    targetId = design.id;
    body = <DesignInspector design={design} />;
  }
  return (
    <aside className="inspector" aria-label="Inspector">
      <div className="inspector-toggle"><PanelToggle panel="inspector" /></div>
      <fieldset className="inspector-body plain-fieldset" disabled={viewOnly}>{body}</fieldset>
      {targetId && <FindingsSection targetId={targetId} />}
    </aside>
  );
}
