import { useEffect, useState } from 'react';
import { isCanvasKeyTarget } from './typing';

/**
 * Hold Space to pan with the wheel (drag already pans). Only when the canvas, not an editor or a
 * field, has the key: a Space typed into Monaco is a space.
 */
export function useHeldSpace(): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    const down = (e: KeyboardEvent) => {
      if (e.code !== 'Space' || e.ctrlKey || e.metaKey || e.altKey || !isCanvasKeyTarget(e.target)) return;
      e.preventDefault(); // the page would scroll
      setHeld(true);
    };
    const up = (e: KeyboardEvent) => { if (e.code === 'Space') setHeld(false); };
    const blur = () => setHeld(false);
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    window.addEventListener('blur', blur);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
      window.removeEventListener('blur', blur);
    };
  }, []);
  return held;
}
