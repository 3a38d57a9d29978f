// The current drawing (edge routes, label boxes, domain groups) of the open design, as the layout
// worker last computed it. View state only: never part of the design, never saved.
import { create } from 'zustand';
import type { Drawing } from '../../core/layout/drawing';

interface DrawingState { drawing: Drawing | null }

export const useDrawingStore = create<DrawingState>(() => ({ drawing: null }));

export const setDrawing = (drawing: Drawing | null) => useDrawingStore.setState({ drawing });
