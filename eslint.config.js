import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// src/model and src/layout are pure TypeScript: they run in Node (the CLI) and in the browser, so
// no UI framework, store, d3 module, Node built-in or layer above them. tsconfig.model.json keeps
// the DOM library and Node's types out as well.
const PURE = 'src/model and src/layout stay pure';
const pureBan = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        ...['react', 'react-dom', 'zustand'].map((name) => ({ name, message: `${PURE}: no React or zustand.` })),
        ...builtinModules.map((name) => ({ name, message: `${PURE}: no Node built-ins (the page runs them too).` })),
      ],
      patterns: [
        { group: ['react/*', 'react-dom/*', 'zustand/*'], message: `${PURE}: no React or zustand.` },
        { group: ['d3', 'd3-*', 'd3/*'], message: `${PURE}: no d3 (layout is plain geometry; d3-zoom lives in components/graph).` },
        { group: ['node:*'], message: `${PURE}: no Node built-ins (the page runs them too).` },
        { group: ['**/components/**', '**/state/**', '**/embed/**', '**/cli/**'], message: `${PURE}: no UI, store, embed or CLI imports.` },
      ],
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'dist-e2e', '.stryker-tmp', 'node_modules', 'playwright-report', 'test-results', 'bench/results*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['src/model/**/*.ts', 'src/layout/**/*.ts'], rules: pureBan },
  {
    files: ['src/model/**/*.ts', 'src/layout/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'localStorage', 'navigator'],
    },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
);
