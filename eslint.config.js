// ESLint: typescript-eslint, the React hooks rules, and the house's fences (tools/eslint/fences.js).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import fences from './tools/eslint/fences.js';

const STORAGE = ['localStorage', 'sessionStorage', 'indexedDB'].map((name) => ({
  name,
  message: 'Storage is reached only through src/store/persistence.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'build/**', 'node_modules/**', 'test-results*/**', 'tools/*/work/**', 'tools/*/node_modules/**', '**/__golden__/**', 'bench/results*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { fences },
    rules: {
      'fences/imports': 'error',
      // Escaping and terminal code matches control characters on purpose.
      'no-control-regex': 'off',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description', 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/store/persistence/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...STORAGE],
      'no-restricted-properties': ['error', ...STORAGE.map((s) => ({ object: 'window', property: s.name, message: s.message }))],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'], ...globals.worker } },
    rules: {
      'no-restricted-globals': ['error', ...STORAGE, ...['window', 'document', 'navigator', 'location', 'process', 'Buffer', '__dirname', 'require'].map((name) => ({ name, message: 'src/core runs unchanged in Node and the browser: no DOM or Node globals.' }))],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/ui/**/*.tsx', 'src/ui/**/*.ts', 'src/store/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
