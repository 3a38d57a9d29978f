import type * as LayoutActions from './layout-actions';

// The layout actions (and what they load) are a lazy chunk: nothing of them is needed for the
// first paint, and every one of them waits for the layout worker anyway.
const actions = () => import('./layout-actions');

export const runAutoLayout = async (...a: Parameters<typeof LayoutActions.runAutoLayout>) => (await actions()).runAutoLayout(...a);
export const layoutSelection = async (...a: Parameters<typeof LayoutActions.layoutSelection>) => (await actions()).layoutSelection(...a);
