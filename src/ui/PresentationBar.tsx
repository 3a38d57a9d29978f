import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useEditorStore } from '../store/context';

/** Presentation mode's only chrome: the way back (Escape does the same). */
export function PresentationBar() {
  const store = useEditorStore();
  const flow = useReactFlow();
  useEffect(() => {
    // The canvas just grew to the whole window: show the whole design in it.
    const t = setTimeout(() => void flow.fitView({ padding: 0.15, duration: 250 }), 60);
    return () => clearTimeout(t);
  }, [flow]);
  return (
    <div className="presentation-bar" role="region" aria-label="Presentation">
      <button type="button" className="btn" onClick={() => store.getState().setPresenting(false)}>Leave presentation <kbd>Esc</kbd></button>
    </div>
  );
}
