// The house's fences as lint rules: which part of src may import which. Imports are resolved to
// files, so a fence holds however deep the importing file sits or however the path is spelled.
import path from 'node:path';

const SRC = path.resolve(import.meta.dirname, '../../src');

/**
 * The core's wings from the ground up: a wing imports only from the wings listed for it.
 * `testing` (arbitraries, sample designs, hostile corpus) may use everything, but only tests may
 * import it (see `testing-only-in-tests`).
 */
export const CORE_WINGS = {
  json: [],
  model: ['json'],
  schema: ['json', 'model'],
  share: ['json', 'model'],
  compat: ['json', 'model', 'schema'],
  layout: ['json', 'model'],
  validate: ['json', 'model', 'schema'],
  asyncapi: ['json', 'model', 'schema'],
  lint: ['json', 'model', 'schema', 'compat', 'validate', 'layout'],
  catalog: ['json', 'model', 'schema', 'compat', 'validate', 'lint', 'asyncapi', 'layout'],
  live: ['json', 'model', 'schema', 'validate'],
  testing: null,
};

/** Packages that belong to the browser app or the server, never to the pure core. */
const NOT_IN_CORE = [/^react(-dom)?(\/|$)/, /^zustand(\/|$)/, /^@xyflow\//, /^monaco-editor(\/|$)/, /^@monaco-editor\//, /^@hocuspocus\/server/, /^better-sqlite3$/, /^ws$/, /^node:/];

/** Where a file sits: ['core', wing] | ['ui'] | ['store', 'persistence'?] | ... */
function placeOf(file) {
  const rel = path.relative(SRC, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep);
}

function resolveImport(fromFile, spec) {
  if (!spec.startsWith('.')) return null;
  return path.resolve(path.dirname(fromFile), spec.replace(/\?.*$/, ''));
}

const isTestFile = (file) => /\.(test|spec|bench)\.[cm]?[tj]sx?$/.test(file) || file.includes(`${path.sep}e2e${path.sep}`);

function checkSource(context, node, spec) {
  const file = context.filename;
  const from = placeOf(file);
  if (!from || typeof spec !== 'string') return;
  const report = (message) => context.report({ node, message: `${message} (import '${spec}')` });
  const target = resolveImport(file, spec);
  const to = target ? placeOf(target) : null;

  if (from[0] === 'core' && !isTestFile(file)) {
    if (!target && NOT_IN_CORE.some((re) => re.test(spec))) return report('src/core is pure: it imports no React, store, UI, server or Node-only module');
    if (to && to[0] !== 'core') return report(`src/core imports nothing from src/${to[0]}`);
    if (to && to[0] === 'core' && to.length > 2 && from.length > 2) {
      const [fromWing, toWing] = [from[1], to[1]];
      if (fromWing === 'asyncapi' && toWing === 'asyncapi' && from[2] === 'import' && to[2] === 'export')
        return report('the AsyncAPI importer never imports from the exporter; shared names live in asyncapi/vocabulary');
      if (fromWing !== toWing && toWing !== 'testing') {
        const allowed = CORE_WINGS[fromWing];
        if (allowed === undefined) return report(`core/${fromWing} is not a known wing: add it to CORE_WINGS in tools/eslint/fences.js`);
        if (allowed !== null && !allowed.includes(toWing)) return report(`core/${fromWing} may import only from ${allowed.map((w) => 'core/' + w).join(', ') || 'nothing else in the core'}, not core/${toWing}`);
      }
    }
  }
  if (to && to[0] === 'core' && to[1] === 'testing' && !isTestFile(file) && !(from[0] === 'core' && from[1] === 'testing'))
    return report('core/testing is test support: only tests import it');
  if (to && from[0] === 'ui' && (to[0] === 'cli' || to[0] === 'server')) return report(`src/ui imports nothing from src/${to[0]}`);
  if (to && from[0] === 'store' && (to[0] === 'ui' || to[0] === 'cli' || to[0] === 'server')) return report(`src/store imports nothing from src/${to[0]}`);
  if (to && (from[0] === 'cli' || from[0] === 'server') && (to[0] === 'ui' || to[0] === 'store')) return report(`src/${from[0]} imports nothing from src/${to[0]}`);
}

const importsRule = {
  meta: { type: 'problem', docs: { description: 'which part of src may import which' }, schema: [] },
  create(context) {
    const visit = (node) => node.source && checkSource(context, node.source, node.source.value);
    return {
      ImportDeclaration: visit,
      ExportNamedDeclaration: visit,
      ExportAllDeclaration: visit,
      ImportExpression: (node) => node.source.type === 'Literal' && checkSource(context, node.source, node.source.value),
    };
  },
};

export default { meta: { name: 'eventsmith-fences' }, rules: { imports: importsRule } };
