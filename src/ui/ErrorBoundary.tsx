import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, for the message: "My designs". */
  what: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * Keeps a failure inside one dialog: React unmounts the whole tree on an uncaught render error,
 * so without this one bad stored record took the app (and every other design) down with it.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`${this.props.what} failed`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="modal-backdrop">
        <div className="modal" role="alertdialog" aria-modal="true" aria-label={`${this.props.what} failed`}>
          <div className="modal-body">
            <div className="alert alert-error" role="alert">
              {this.props.what} could not be shown: {this.state.error.message.slice(0, 300)}. Your design is not affected.
            </div>
          </div>
          <footer className="modal-foot">
            <button type="button" className="btn btn-primary" autoFocus onClick={this.props.onClose}>Close</button>
          </footer>
        </div>
      </div>
    );
  }
}
