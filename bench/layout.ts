// Layout in the browser (issue 18): Auto-layout on generated designs of 50, 300 and 1,000 nodes in
// the production build. Measures the layout worker's time (request → answer), the longest task on
// the main thread while the worker computes (goal: none over 50 ms), and applying the answer to the
// canvas (answer → the next frame after the positions are committed; goal ≤ 500 ms at 1,000 nodes).
import type { Browser } from 'playwright-core';
import { row, type Row } from './row';

export const LONG_TASK_OBSERVER = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
})()`;

/** Marks the layout actions leave: eventsmith:layout-request, -answer, -applied (latest of each). */
export const READ_LAYOUT_MARKS = `() => {
  const last = (name) => { const all = performance.getEntriesByName(name); return all.length ? all[all.length - 1].startTime : null; };
  const request = last('eventsmith:layout-request'), answer = last('eventsmith:layout-answer'), applied = last('eventsmith:layout-applied');
  // Tasks that end before the answer: the one that receives the answer also applies it (measured as apply).
  const during = request !== null && answer !== null ? window.__longTasks.filter((t) => t.start >= request && t.start + t.duration < answer) : [];
  return { request, answer, applied, longest: during.length ? Math.max(...during.map((t) => t.duration)) : 0, count: during.length };
}`;

export async function layoutBenchmarks(browser: Browser, open: (browser: Browser, nodes: number) => Promise<{ page: import('playwright-core').Page; close: () => Promise<void> }>, rows: Row[], log: (line: string) => void): Promise<void> {
  for (const nodes of [50, 300, 1000]) {
    const { page, close } = await open(browser, nodes);
    try {
      // The page settles first (the opened design's first drawing on screen), so the window measured
      // holds only the layout: request → the worker's answer.
      const settled = Date.now() + 120_000;
      while (Date.now() < settled && !(await page.evaluate(`(() => { const all = document.querySelectorAll('.react-flow__edge-path').length; return all > 0 && document.querySelectorAll('.react-flow__edge-path.is-routed').length === all; })()`))) await page.waitForTimeout(250);
      await page.waitForTimeout(1500);
      await page.evaluate(LONG_TASK_OBSERVER);
      await page.getByRole('button', { name: 'Auto-layout' }).click();
      type Marks = { request: number | null; answer: number | null; applied: number | null; longest: number; count: number };
      let marks: Marks = { request: null, answer: null, applied: null, longest: 0, count: 0 };
      const deadline = Date.now() + 240_000;
      while (Date.now() < deadline) {
        marks = (await page.evaluate(`(${READ_LAYOUT_MARKS})()`)) as Marks;
        if (marks.applied !== null) break;
        await page.waitForTimeout(250);
      }
      if (marks.applied === null || marks.answer === null || marks.request === null) throw new Error(`no layout applied at ${nodes} nodes within 240 s`);
      const worker = marks.answer - marks.request;
      const apply = marks.applied - marks.answer;
      log(`layout ${nodes} nodes: worker ${worker.toFixed(0)} ms, longest main-thread task meanwhile ${marks.longest.toFixed(0)} ms (${marks.count} long tasks), apply ${apply.toFixed(0)} ms`);
      rows.push(row({ id: `layout.${nodes}.worker`, benchmark: `Auto-layout, ${nodes.toLocaleString('en-US')} nodes: ELK in the worker`, unit: 'ms', measured: Math.round(worker), runs: 1 }));
      rows.push(row({ id: `layout.${nodes}.long-task`, benchmark: `Auto-layout, ${nodes.toLocaleString('en-US')} nodes: longest main-thread task while the worker computes`, unit: 'ms', goal: '≤ 50 ms', measured: Math.round(marks.longest), pass: marks.longest <= 50, runs: 1 }));
      rows.push(row({ id: `layout.${nodes}.apply`, benchmark: `Auto-layout, ${nodes.toLocaleString('en-US')} nodes: applying the result to the canvas`, unit: 'ms', goal: nodes === 1000 ? '≤ 500 ms' : null, measured: Math.round(apply), pass: nodes === 1000 ? apply <= 500 : null, runs: 1 }));
    } finally {
      await close();
    }
  }
}
