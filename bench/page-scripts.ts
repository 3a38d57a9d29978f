// Code that runs inside the page. Kept as source text, not as functions: the TypeScript loader
// may wrap functions with helpers that do not exist in the page. Function texts are called as
// `(${TEXT})(args)`: page.evaluate does not call a function given as a string.

/** Stores a design record where the app looks at start (src/store/persistence). Arg: the record. */
export const SEED_DESIGN = `async (record) => {
  localStorage.clear();
  await new Promise((resolve, reject) => {
    const req = indexedDB.open('eventsmith', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('designs', { keyPath: 'docId' });
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction('designs', 'readwrite');
      tx.objectStore('designs').put(record);
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  });
  localStorage.setItem('eventsmith:last-open', record.docId);
}`;

/**
 * Installed before the app's scripts: watches every frame for the first visible canvas node and
 * records when it appeared (ms since navigation start) and how many nodes were rendered then.
 */
export const FIRST_RENDER_PROBE = `(() => {
  const check = () => {
    const nodes = document.querySelectorAll('.react-flow__node');
    const first = nodes[0];
    if (first && getComputedStyle(first).visibility !== 'hidden' && first.getBoundingClientRect().width > 0) {
      window.__firstRender = { at: performance.now(), count: nodes.length };
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})()`;

/** Resolves with FIRST_RENDER_PROBE's record once there is one. */
export const WAIT_FIRST_RENDER = `new Promise((resolve) => {
  const poll = () => (window.__firstRender ? resolve(window.__firstRender) : requestAnimationFrame(poll));
  poll();
})`;

/** Starts recording requestAnimationFrame timestamps into window.__frames. */
export const START_FRAMES = `() => {
  const frames = [];
  window.__frames = frames;
  window.__recording = true;
  const tick = (t) => {
    frames.push(t);
    if (window.__recording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}`;

/** Stops the recorder; returns the frame times (ms between consecutive frames). */
export const STOP_FRAMES = `() => {
  window.__recording = false;
  const f = window.__frames || [];
  const deltas = [];
  for (let i = 1; i < f.length; i++) deltas.push(f[i] - f[i - 1]);
  return deltas;
}`;

export const NEXT_FRAME = `() => new Promise((resolve) => requestAnimationFrame(() => resolve()))`;

/**
 * The rendered node nearest the canvas centre (its id and centre), and an empty point of the pane
 * to pan from.
 */
export const PICK_TARGETS = `() => {
  const pane = document.querySelector('.react-flow').getBoundingClientRect();
  const cx = pane.left + pane.width / 2, cy = pane.top + pane.height / 2;
  let best = null;
  for (const el of document.querySelectorAll('.react-flow__node')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.left < pane.left || r.right > pane.right || r.top < pane.top || r.bottom > pane.bottom) continue;
    const d = Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy);
    if (!best || d < best.d) best = { d, id: el.getAttribute('data-id'), x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  let empty = null;
  for (let fy = 0.3; fy <= 0.7 && !empty; fy += 0.05)
    for (let fx = 0.2; fx <= 0.8 && !empty; fx += 0.02) {
      const x = pane.left + pane.width * fx, y = pane.top + pane.height * fy;
      const el = document.elementFromPoint(x, y);
      if (el && el.classList.contains('react-flow__pane')) empty = { x, y };
    }
  return { node: best, empty, pane: { x: pane.left, y: pane.top, width: pane.width, height: pane.height } };
}`;

/** Centre of the node with this id, or null when it is not rendered. */
export const NODE_CENTRE = `(id) => {
  const el = document.querySelector('.react-flow__node[data-id="' + CSS.escape(id) + '"]');
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}`;

/**
 * Resolves with the ms from the next click to an editable Monaco editor (its text rendered and
 * its input area in place) in the group labelled \`label\`.
 */
export const ARM_MONACO_TIMER = `(label) => {
  window.__monaco = new Promise((resolve) => {
    let clickedAt = null;
    document.addEventListener('click', () => { if (clickedAt === null) clickedAt = performance.now(); }, { capture: true, once: true });
    const check = () => {
      const group = [...document.querySelectorAll('[role="group"]')].find((g) => g.getAttribute('aria-label') === label);
      const editor = group && group.querySelector('.monaco-editor');
      const lines = editor && editor.querySelector('.view-lines');
      const input = editor && editor.querySelector('textarea');
      if (clickedAt !== null && editor && editor.getBoundingClientRect().height > 0 && lines && lines.textContent.trim().length > 0 && input) {
        resolve(performance.now() - clickedAt);
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}`;
