import { Suspense, useState } from 'react';
import { lazyOrNotice } from '../lazy-or-notice';
import { useEditor, useEditorStore } from '../../store/context';
import { saveDesignFile } from '../actions/design-actions';
import { IconExport } from '../Icons';
import { Menu } from '../Menu';

// The export code is fetched on the first export.
type Actions = typeof import('./export-actions');
const exportAsyncApiZip = async (...a: Parameters<Actions['exportAsyncApiZip']>) => (await import('./export-actions')).exportAsyncApiZip(...a);
const exportCatalog = async (...a: Parameters<Actions['exportCatalog']>) => (await import('./export-actions')).exportCatalog(...a);
const exportImage = async (...a: Parameters<Actions['exportImage']>) => (await import('./export-actions')).exportImage(...a);

const AsyncApiPreview = lazyOrNotice('The AsyncAPI preview', () => import('./AsyncApiPreview'), { as: 'dialog', close: (_store, props) => props.onClose() });

export function ExportMenu() {
  const store = useEditorStore();
  const [preview, setPreview] = useState(false);
  const selected = useEditor((s) => s.selection.nodes.length);
  const run = (label: string, action: () => Promise<void>) => () =>
    void action().catch((e) => store.getState().notify('error', `${label} failed: ${(e as Error).message}`));
  const st = () => store.getState();
  return (
    <>
      <Menu label="Export" icon={<IconExport />} title="Export AsyncAPI, the event catalog, an image or the design file" items={[
        { label: 'AsyncAPI (zip of all services)', hint: 'YAML, one document per service', onSelect: run('AsyncAPI export', () => exportAsyncApiZip(st())) },
        { label: 'AsyncAPI preview…', hint: 'per service, with download', onSelect: () => setPreview(true) },
        { label: 'Event catalog (HTML)', hint: 'one printable page', onSelect: run('Catalog export', () => exportCatalog(st(), 'html')) },
        { label: 'Event catalog (Markdown)', onSelect: run('Catalog export', () => exportCatalog(st(), 'markdown')) },
        { label: 'EventCatalog project (zip)', onSelect: run('EventCatalog export', () => exportCatalog(st(), 'eventcatalog')) },
        { label: 'Image (PNG)', hint: 'whole design, title and legend', onSelect: run('Image export', () => exportImage(st(), 'png')) },
        { label: 'Image (SVG)', hint: 'vector, opens in any SVG tool', onSelect: run('Image export', () => exportImage(st(), 'svg')) },
        { label: 'Selection as PNG', disabled: selected === 0, onSelect: run('Image export', () => exportImage(st(), 'png', 'selection')) },
        { label: 'Selection as SVG', disabled: selected === 0, onSelect: run('Image export', () => exportImage(st(), 'svg', 'selection')) },
        { label: 'Design file (.json)', onSelect: () => saveDesignFile(st()) },
      ]} />
      {preview && (
        <Suspense fallback={null}>
          <AsyncApiPreview onClose={() => setPreview(false)} />
        </Suspense>
      )}
    </>
  );
}
