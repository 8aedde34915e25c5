import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const pureBan = {
  'no-restricted-imports': [
    'error',
    {
      paths: ['react', 'react-dom', 'zustand', 'd3-selection', 'd3-zoom'].map((name) => ({
        name,
        message: 'src/model and src/layout stay pure: no React, zustand or DOM-touching d3 modules.',
      })),
      patterns: [
        {
          group: ['react-dom/*', 'zustand/*', '**/components/**', '**/state/**'],
          message: 'src/model and src/layout stay pure: no UI or store imports.',
        },
      ],
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'dist-e2e', 'node_modules', 'playwright-report', 'test-results', 'bench/results*'] },
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
