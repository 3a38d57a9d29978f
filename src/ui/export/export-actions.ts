import type { EditorActions, EditorState } from '../../store/store';
import { download, fileBaseName } from '../actions/download';
import { lintViewOf } from '../lint-view';

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
  const catalog = await import('../../core/catalog');
  const findings = lintViewOf(state.design, state.validation).open;
  const base = fileBaseName(state.design.name);
  if (format === 'html') {
    const [file] = catalog.catalogHtml(state.design, { findings });
    download(`${base}-catalog.html`, file.content, 'text/html');
  } else if (format === 'markdown') {
    const [file] = catalog.catalogMarkdown(state.design, { findings });
    download(`${base}-catalog.md`, file.content, 'text/markdown');
  } else {
    const files = catalog.eventCatalogProject(state.design, { findings });
    download(`${base}-eventcatalog.zip`, await zip(files), 'application/zip');
  }
}

/** The canvas as an image, in the current theme, without the minimap and zoom controls. */
export async function exportImage(state: State, format: 'png' | 'svg'): Promise<void> {
  const { toPng, toSvg } = await import('html-to-image');
  const el = document.querySelector<HTMLElement>('.react-flow');
  if (!el) throw new Error('the canvas is not on screen');
  const background = getComputedStyle(document.documentElement).getPropertyValue('--canvas-bg').trim() || '#ffffff';
  const filter = (node: HTMLElement) => !node.classList?.contains('react-flow__minimap') && !node.classList?.contains('react-flow__controls') && !node.classList?.contains('react-flow__panel');
  const options = { backgroundColor: background, filter, pixelRatio: 2, skipFonts: true };
  const data = await withSvgPaintInlined(el, () => (format === 'png' ? toPng(el, options) : toSvg(el, options)));
  const blob = dataUrlToBlob(data);
  download(`${fileBaseName(state.design.name)}.${format}`, blob, format === 'png' ? 'image/png' : 'image/svg+xml');
}

const SVG_PAINT = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'stroke-opacity', 'opacity', 'visibility', 'display'];

/**
 * html-to-image ≥ 1.11.12 copies an <svg> subtree as is, without the computed styles of its
 * children, so edges styled by the stylesheet (stroke, dashes) vanish from the image. Their paint
 * is written inline for the capture and the previous style attributes are put back afterwards.
 */
async function withSvgPaintInlined<T>(root: HTMLElement, work: () => Promise<T>): Promise<T> {
  const saved: [SVGElement, string | null][] = [];
  for (const el of root.querySelectorAll<SVGElement>('svg *')) {
    const computed = getComputedStyle(el);
    saved.push([el, el.getAttribute('style')]);
    for (const name of SVG_PAINT) el.style.setProperty(name, computed.getPropertyValue(name));
  }
  try {
    return await work();
  } finally {
    for (const [el, style] of saved) {
      if (style === null) el.removeAttribute('style');
      else el.setAttribute('style', style);
    }
  }
}

/** Decodes a data: URL without fetch (the CSP's connect-src does not allow data:). */
function dataUrlToBlob(url: string): Blob {
  const comma = url.indexOf(',');
  const meta = url.slice(5, comma);
  const body = url.slice(comma + 1);
  const type = meta.split(';')[0] || 'application/octet-stream';
  if (meta.endsWith(';base64')) {
    const bin = atob(body);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new Blob([bytes], { type });
  }
  return new Blob([decodeURIComponent(body)], { type });
}
