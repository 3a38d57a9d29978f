// An orthogonal route as an SVG path with softly rounded bends: the canvas and the SVG export
// draw the same `d`, so an exported picture matches the screen.
import type { Position } from '../model/types';

const r1 = (v: number) => Math.round(v * 10) / 10;

export function routePath(points: readonly Position[], radius = 8): string {
  if (points.length === 0) return '';
  const out = [`M${r1(points[0].x)} ${r1(points[0].y)}`];
  for (let i = 1; i < points.length - 1; i++) {
    const a = points[i - 1], b = points[i], c = points[i + 1];
    const inLen = Math.hypot(b.x - a.x, b.y - a.y), outLen = Math.hypot(c.x - b.x, c.y - b.y);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    if (r < 0.5) {
      out.push(`L${r1(b.x)} ${r1(b.y)}`);
      continue;
    }
    const p = { x: b.x - ((b.x - a.x) / inLen) * r, y: b.y - ((b.y - a.y) / inLen) * r };
    const q = { x: b.x + ((c.x - b.x) / outLen) * r, y: b.y + ((c.y - b.y) / outLen) * r };
    out.push(`L${r1(p.x)} ${r1(p.y)}Q${r1(b.x)} ${r1(b.y)} ${r1(q.x)} ${r1(q.y)}`);
  }
  const last = points[points.length - 1];
  out.push(`L${r1(last.x)} ${r1(last.y)}`);
  return out.join('');
}
