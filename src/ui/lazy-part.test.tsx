// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, it, vi } from 'vitest';
import { generateSystem } from '../core/testing/sample-designs';
import { EditorProvider } from '../store/context';
import { createEditorStore } from '../store/store';
import { lazyPart } from './lazy-part';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const Panel = ({ title }: { title: string }) => <p>{title}</p>;
const gone = (): Promise<void> => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

function mount(children: React.ReactNode): { host: HTMLElement; root: Root; store: ReturnType<typeof createEditorStore> } {
  const store = createEditorStore({ docId: 'doc-1', design: generateSystem(2, 2, 2).design });
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  root.render(<EditorProvider store={store}>{children}</EditorProvider>);
  return { host, root, store };
}

it('a part whose file cannot be fetched says so in its place, with a Reload button, and is fetched again when shown again', async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  let load = gone;
  const Part = lazyPart<{ title: string }>('The topic inspector', () => load().then(() => Panel));
  let view!: ReturnType<typeof mount>;
  await act(async () => { view = mount(<Part title="orders" />); });
  const alert = view.host.querySelector('[role="alert"]')!;
  expect(alert.textContent).toContain('The topic inspector could not be loaded');
  expect([...alert.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Reload']);
  expect(console.warn).toHaveBeenCalledWith('The topic inspector could not be loaded', expect.any(TypeError));

  // The network is back (or the server has the file again): the next time the part is shown it arrives.
  load = () => Promise.resolve();
  await act(async () => view.root.render(<EditorProvider store={view.store}>{null}</EditorProvider>));
  await act(async () => view.root.render(<EditorProvider store={view.store}><Part title="orders" /></EditorProvider>));
  expect(view.host.textContent).toBe('orders');
  await act(async () => view.root.unmount());
});

it('a dialog part that cannot be fetched is an alert dialog whose Close closes it', async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const onClose = vi.fn();
  const Dialog = lazyPart<{ onClose: () => void }>('Sharing', () => gone().then(() => () => null), { as: 'dialog', close: (_store, props) => props.onClose() });
  let view!: ReturnType<typeof mount>;
  await act(async () => { view = mount(<Dialog onClose={onClose} />); });
  const dialog = view.host.querySelector('[role="alertdialog"]')!;
  expect(dialog.getAttribute('aria-label')).toBe('Sharing could not be loaded');
  expect(document.activeElement?.textContent).toBe('Reload');
  const close = [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Close')!;
  await act(async () => close.click());
  expect(onClose).toHaveBeenCalledOnce();
  await act(async () => view.root.unmount());
});
