// The SVG export is real vector (no foreignObject, fonts named), small, and draws in a real SVG
// renderer (rsvg-convert from librsvg2-bin, installed by .ci/run). Without rsvg-convert the
// renderer check is skipped by name, unless EVENTSMITH_REQUIRE_TOOLS=1 (CI) makes it a failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createElk } from './elk-layout';
import { layoutDesign, type DesignLayout } from './layout-design';
import { restoreDesign } from '../model/restore';
import type { Design } from '../model/types';
import { designSvg } from './svg-picture';

const saga: Design = restoreDesign(JSON.parse(readFileSync(new URL('../../../examples/order-saga.json', import.meta.url), 'utf8'))).file.design;
const hasRsvg = spawnSync('rsvg-convert', ['--version']).status === 0;
const required = process.env.EVENTSMITH_REQUIRE_TOOLS === '1';

let layout: DesignLayout;
beforeAll(async () => { layout = await layoutDesign(await createElk(), saga); }, 60_000);

describe('SVG export of the order saga', () => {
  it('is rect/path/text with named fonts, a title and a legend, under 200 KB', () => {
    const { svg } = designSvg(saga, layout.drawing);
    expect(svg).not.toContain('foreignObject');
    expect(svg).toMatch(/font-family="'DejaVu Sans', Verdana/);
    expect(svg).toContain('<title>Order saga</title>');
    for (const word of ['Producer / consumer', 'Topic', 'Dead-letter topic', 'Publication', 'Subscription']) expect(svg).toContain(`>${word}</text>`);
    expect(Buffer.byteLength(svg)).toBeLessThan(200 * 1024);
    const tags = new Set([...svg.matchAll(/<([a-zA-Z]+)[\s>/]/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(['circle', 'defs', 'ellipse', 'g', 'marker', 'path', 'rect', 'svg', 'text', 'title'].filter((t) => tags.has(t)));
  });

  it('puts every node box where the layout put it (canvas coordinates, moved by the offset)', () => {
    const { svg, offset } = designSvg(saga, layout.drawing);
    expect(svg).toContain(`<g transform="translate(${offset.x} ${offset.y})">`);
    for (const [id, box] of Object.entries(layout.drawing.nodes)) {
      const m = new RegExp(`<g data-id="${id}"><title>[^<]*</title><rect x="([\\d.]+)" y="([\\d.]+)" width="([\\d.]+)" height="([\\d.]+)"`).exec(svg);
      expect(m, id).not.toBeNull();
      const [x, y, w, h] = m!.slice(1).map(Number);
      // The border is drawn 1 px inside the box (stroke 2 px centred on the path).
      expect(Math.abs(x - 1 - (box.x))).toBeLessThan(2);
      expect(Math.abs(y - 1 - (box.y))).toBeLessThan(2);
      expect(Math.abs(w + 2 - box.width)).toBeLessThan(2);
      expect(Math.abs(h + 2 - box.height)).toBeLessThan(2);
    }
  });

  it('keeps hostile names as text', () => {
    const evil = { ...saga, name: '<script>alert(1)</script>\u0000', services: saga.services.map((s, i) => (i ? s : { ...s, name: '"/><foreignObject>&' })) };
    const { svg } = designSvg(evil, layout.drawing);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<foreignObject');
    expect(svg).toContain('&lt;script&gt;');
  });

  it.skipIf(!hasRsvg && !required)(`renders with rsvg-convert${hasRsvg ? '' : ' (skipped: rsvg-convert is not installed; apt-get install librsvg2-bin)'}`, () => {
    if (!hasRsvg) throw new Error('rsvg-convert is not installed (apt-get install librsvg2-bin); EVENTSMITH_REQUIRE_TOOLS=1 makes that a failure');
    for (const theme of ['light', 'dark'] as const) {
      const { svg, width, height } = designSvg(saga, layout.drawing, { theme });
      const png = execFileSync('rsvg-convert', ['--format', 'png'], { input: svg });
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(width);
      expect(png.readUInt32BE(20)).toBe(height);
    }
  });
});
