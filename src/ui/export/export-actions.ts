import type { EditorActions, EditorState } from '../../store/store';
import { download, fileBaseName } from '../actions/download';
import { lintViewOf } from '../lint-view';
import { drawInWorker } from '../layout/layout-client';

type State = EditorState & EditorActions;

async function zip(files: { path: string; content: string }[]): Promise<Blob> {
  const { default: JSZip } = await import('jszip');
  const z = new JSZip();
  for (const f of files) z.file(f.path, f.content, { date: new Date('2026-01-01T00:00:00Z') });
  return z.generateAsync({ type: 'blob', compression: 'DEFLATE' });
}

export async function asyncApiFiles(state: State, format: 'yaml' | 'json' = 'yaml') {
  const { exportAsyncApi, toYaml, toJson } = await import('../../core/asyncapi/export');
  const result = exportAsyncApi(state.design);
  const files = result.documents.map((d) => ({ path: `${d.fileBase}.${format}`, content: format === 'yaml' ? toYaml(d.document) : toJson(d.document), serviceId: d.serviceId }));
  return { files, warnings: result.warnings };
}

export async function exportAsyncApiZip(state: State): Promise<void> {
  const { files, warnings } = await asyncApiFiles(state);
  if (files.length === 0) {
    state.notify('info', 'There is no service to export yet.');
    return;
  }
  download(`${fileBaseName(state.design.name)}-asyncapi.zip`, await zip(files), 'application/zip');
  for (const w of warnings.slice(0, 3)) state.notify('info', w);
}

export async function exportCatalog(state: State, format: 'html' | 'markdown' | 'eventcatalog'): Promise<void> {
  const { writeCatalogInWorker } = await import('./catalog-client');
  const findings = lintViewOf(state.findings).open;
  const base = fileBaseName(state.design.name);
  const drawing = format === 'html' ? (await drawInWorker(state.design)).drawing : undefined;
  const { files, note } = await writeCatalogInWorker({ format, design: state.design, findings, validation: state.validation, drawing });
  if (format === 'html') download(`${base}-catalog.html`, files[0].content, 'text/html');
  else if (format === 'markdown') download(`${base}-catalog.md`, files[0].content, 'text/markdown');
  else download(`${base}-eventcatalog.zip`, await zip(files), 'application/zip');
  // Owners are never made up: say where the unowned went (the design's owner, or nowhere).
  if (note) state.notify('info', note);
}

/**
 * The design (or the selection) as a picture for handing out: the SVG renderer of the core (the
 * same boxes, routes and labels as the canvas, no handles or selection), with the design's name
 * and a legend, in the current theme. PNG is that SVG drawn at twice the size.
 */
export async function exportImage(state: State, format: 'png' | 'svg', scope: 'design' | 'selection' = 'design'): Promise<void> {
  const [{ designSvg }, { drawing }] = await Promise.all([import('../../core/layout/svg-picture'), drawInWorker(state.design)]);
  const only = scope === 'selection' ? new Set(state.selection.nodes) : undefined;
  if (only && only.size === 0) {
    state.notify('info', 'Select the nodes to export first.');
    return;
  }
  const picture = designSvg(state.design, drawing, { theme: state.theme, only });
  const base = `${fileBaseName(state.design.name)}${only ? '-selection' : ''}`;
  if (format === 'svg') download(`${base}.svg`, new Blob([picture.svg], { type: 'image/svg+xml' }), 'image/svg+xml');
  else download(`${base}.png`, await rasterize(picture.svg, picture.width, picture.height, 2), 'image/png');
}

/** Draws an SVG into a PNG (through an <img> from a blob: URL, which the CSP allows). */
export async function rasterize(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be made'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
