// Lint that guards the structure described in docs/ARCHITECTURE.md ("Who may import what"). Import boundaries are
// `no-restricted-imports` patterns on the import path; test/unit/lint/boundaries.test.ts proves each one fires.
import { readdirSync } from 'node:fs';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Page features: every folder of src/dashboard except the page itself and what features share. */
const FEATURES = readdirSync(new URL('./src/dashboard/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !['pages', 'shared'].includes(entry.name))
  .map((entry) => entry.name);

const NOT_FROM_SRC = {
  group: ['**/local', '**/local/**', '**/test', '**/test/**', '**/bench', '**/bench/**'],
  message: 'The app never imports local/, test/ or bench/: they are tools around it, and Wix builds only src/.',
};
const NOT_THE_PAGE = {
  group: ['**/dashboard', '**/dashboard/**'],
  message: 'Only the page imports src/dashboard; what both sides need belongs in src/common.',
};
const BACKEND_ONLY_BY_WEB_METHODS = {
  group: ['**/backend', '**/backend/**'],
  message:
    'The page reaches the backend only through its web methods, called from shared/web-methods.ts (which loads them on first use); shared types go in src/common.',
};
/** The one page module that imports the web methods, as a chunk of its own. */
const WEB_METHODS_LOADER = 'src/dashboard/shared/web-methods.ts';
const WEB_METHODS_ONLY = {
  group: ['**/backend/**', '!**/backend/*.web'],
  message: 'shared/web-methods.ts imports the web methods (a .web.ts module) and nothing else of the backend.',
};
const NO_API_WORDING = {
  group: ['**/common/api-messages'],
  message: "The page words its own sentences from error codes (see the feature's messages.ts); api-messages is for API callers.",
};
const KIT_ONLY = {
  group: ['**/common/moments', '**/shared/clipboard', '**/shared/use-now', './clipboard', './use-now'],
  message: 'The views take moments, the clock, the clipboard and toasts from viewsKit() (shared/load-views-kit.ts), never by import: see shared/views-kit.ts.',
};
/** The one page module that imports what the views kit holds. */
const VIEWS_KIT = 'src/dashboard/shared/views-kit.ts';
const featureInternals = (features) => ({
  group: features.map((feature) => `**/${feature}/**`),
  message: "Import another page feature only through its public entry (its index.ts), e.g. '../link-panel'.",
});
const anyFeature = {
  group: FEATURES.flatMap((feature) => [`**/${feature}`, `**/${feature}/**`]),
  message: 'src/dashboard/shared is used by features and never uses one: move what both need into shared/.',
};
const WIX_ONLY_AT_THE_EDGE = {
  group: ['@wix/*'],
  message: 'In a backend domain folder only the edge modules (wix-*.ts) import Wix packages; the rest is plain functions over plain data.',
};

// `no-restricted-imports` takes the options of the last matching block, so each block lists all that apply.
const restrict = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  { ignores: ['dist/', '.wix/', 'node_modules/', 'test-results/', 'local/dashboard-shell/client/'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      // The Wix build may compile JSX to React.createElement, so components keep `import React`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^(_|React$)' }],
    },
  },
  // Hooks rules for the app's React code; tests and tools have `use…` helpers that are not React hooks.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // Deprecated APIs (WDS renames props between versions) need type information; only the app's code is checked.
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-deprecated': 'error' },
  },

  restrict(['src/**'], [NOT_FROM_SRC]),
  restrict(['src/common/**'], [NOT_FROM_SRC, NOT_THE_PAGE, { group: ['**/backend', '**/backend/**'], message: 'src/common is imported by the backend, never the other way round.' }]),
  restrict(['src/backend/**'], [NOT_FROM_SRC, NOT_THE_PAGE]),
  restrict(['src/backend/*/**'], [NOT_FROM_SRC, NOT_THE_PAGE, WIX_ONLY_AT_THE_EDGE], ['src/backend/*/**/wix-*.ts', 'src/backend/api/**']),
  restrict(['src/dashboard/pages/**'], [NOT_FROM_SRC, BACKEND_ONLY_BY_WEB_METHODS, NO_API_WORDING, KIT_ONLY, featureInternals(FEATURES)]),
  restrict(['src/dashboard/shared/**'], [NOT_FROM_SRC, BACKEND_ONLY_BY_WEB_METHODS, NO_API_WORDING, KIT_ONLY, anyFeature], [WEB_METHODS_LOADER, VIEWS_KIT]),
  restrict([WEB_METHODS_LOADER], [NOT_FROM_SRC, WEB_METHODS_ONLY, NO_API_WORDING, anyFeature]),
  restrict([VIEWS_KIT], [NOT_FROM_SRC, BACKEND_ONLY_BY_WEB_METHODS, NO_API_WORDING, anyFeature]),
  ...FEATURES.map((feature) =>
    restrict(
      [`src/dashboard/${feature}/**`],
      [NOT_FROM_SRC, BACKEND_ONLY_BY_WEB_METHODS, NO_API_WORDING, KIT_ONLY, featureInternals(FEATURES.filter((f) => f !== feature))],
    ),
  ),
);
