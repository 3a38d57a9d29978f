import type { Autosave } from '../store/autosave';

// The running autosave, for actions that must flush before switching designs.
let current: Autosave | null = null;

export const setAutosave = (a: Autosave | null) => void (current = a);
export const autosave = (): Autosave | null => current;
