// @vitest-environment jsdom
import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it, vi } from 'vitest';
import { parseDesignFileText } from '../core/model/restore';
import { generateSystem } from '../core/testing/sample-designs';
import { createEditorStore } from '../store/store';
import { AppErrorBoundary } from './AppErrorBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

let breakNow: () => void = () => {};
function Part() {
  const [broken, setBroken] = useState(false);
  breakNow = () => setBroken(true);
  if (broken) throw new Error('a part of the page broke');
  return <p>the canvas</p>;
}

it('a render error nothing else caught leaves a message, a reload and the design as a file, not a blank page', async () => {
  const design = generateSystem(2, 2, 2).design;
  const store = createEditorStore({ docId: 'doc-1', design });
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(<AppErrorBoundary store={store}><Part /></AppErrorBoundary>));
  expect(host.textContent).toBe('the canvas');

  // React and the boundary report the error on the console: expected here.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  await act(async () => breakNow());
  const alert = host.querySelector('[role="alert"]')!;
  expect(alert.textContent).toContain('Eventsmith stopped drawing this page');
  expect(alert.textContent).toContain('a part of the page broke');
  const buttons = [...alert.querySelectorAll('button')].map((b) => b.textContent);
  expect(buttons).toEqual(['Reload', 'Download the design']);
  expect(document.activeElement?.textContent).toBe('Reload');

  // The design still in the store comes out whole, as a design file that opens again.
  let saved: Blob | undefined;
  URL.createObjectURL = (blob: Blob) => ((saved = blob), 'blob:design');
  URL.revokeObjectURL = () => {};
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  await act(async () => (alert.querySelectorAll('button')[1] as HTMLButtonElement).click());
  expect(click).toHaveBeenCalledOnce();
  const reopened = parseDesignFileText(await saved!.text()).file.design;
  expect(reopened).toEqual(design);
  await act(async () => root.unmount());
});
