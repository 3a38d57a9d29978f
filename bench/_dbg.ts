import { ORIGIN, launchChromium, startPreview, stopPreview } from './browser';
import { FIRST_RENDER_PROBE, SEED_DESIGN } from './page-scripts';
import { designOfNodes } from './designs';
const preview = await startPreview();
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log('pageerror', e.message, e.stack?.split('\n').slice(0, 4).join(' / ')));
  page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 200)));
  await page.route(`${ORIGIN}/__bench_seed`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>seed</title>' }));
  await page.goto(`${ORIGIN}/__bench_seed`);
  const design = designOfNodes(300).design;
  await page.evaluate(SEED_DESIGN, { docId: 'b', name: design.name, updatedAt: 1, file: { format: 'eventsmith-design', formatVersion: 1, design } });
  console.log('seeded', await page.evaluate('localStorage.getItem("eventsmith:last-open")'));
  await page.addInitScript(FIRST_RENDER_PROBE);
  await page.goto(`${ORIGIN}/`);
  await page.waitForTimeout(5000);
  console.log('first', await page.evaluate('window.__firstRender'), await page.locator('.react-flow__node').count());
} finally { await browser.close(); stopPreview(preview); }
