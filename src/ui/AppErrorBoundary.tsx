import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { EditorStore } from '../store/store';
import { saveDesignFile } from './actions/design-actions';

interface Props {
  store: EditorStore;
  children: ReactNode;
}

/**
 * The last line under the whole app: React unmounts everything on a render error nothing else
 * caught, which leaves a blank page. This says what happened instead and offers a reload and the
 * design as a file. The design is not at risk: it lives in the store, outside React, and autosave
 * keeps writing it to My designs.
 */
export class AppErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('Eventsmith stopped drawing', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const download = () => {
      try {
        saveDesignFile(this.props.store.getState());
      } catch {
        // Nothing more to offer than the reload: the design is still in My designs.
      }
    };
    return (
      <main className="app-stopped" role="alert" aria-labelledby="app-stopped-title">
        <h1 id="app-stopped-title">Eventsmith stopped drawing this page</h1>
        <p>{error.message.slice(0, 300) || 'An unknown error'}.</p>
        <p>Your design is kept in this browser (My designs): reload to go on. Download it as a file first if you want a copy.</p>
        <div className="app-stopped-actions">
          <button type="button" className="btn btn-primary" autoFocus onClick={() => window.location.reload()}>Reload</button>
          <button type="button" className="btn" onClick={download}>Download the design</button>
        </div>
      </main>
    );
  }
}
