import { useEffect } from 'react';
import type { EditorStore } from '../../store/store';

/**
 * Keeps the validation results in step with the design's schemas (validation-sync.ts). The
 * validation client is a lazy chunk: it is not needed for the first paint, and the worker it
 * starts answers long after that anyway.
 */
export function useValidationWorker(store: EditorStore) {
  useEffect(() => {
    let stop: (() => void) | null = null;
    let disposed = false;
    void import('./validation-sync').then(({ startValidationSync }) => {
      if (!disposed) stop = startValidationSync(store);
    });
    return () => {
      disposed = true;
      stop?.();
    };
  }, [store]);
}
