// @ts-check
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The one-way architecture, as import zones (lowest layer first):
 *   data → model → state → derive → i18n → map → io → panels / controls / resilience → app
 * A folder may import from the folders to its left, never from those to its right.
 */
const LAYERS = ['data', 'model', 'state', 'derive', 'i18n', 'map', 'io', 'panels', 'controls', 'resilience', 'app'];
/** Folders at the level of another (siblings that may not import each other): src/analysis
 * (pure exposure analysis) sits with src/state: it may import data and model only. */
const PEERS = { analysis: 'state' };
const UI = new Set(['panels', 'controls', 'resilience']); // siblings: may use each other (no cycles, see import-x/no-cycle)
const zones = LAYERS.flatMap((layer, i) =>
  LAYERS.slice(i + 1)
    .filter((above) => !(UI.has(layer) && UI.has(above)))
    .map((above) => ({
      target: `./src/${layer}`,
      from: `./src/${above}`,
      message: `src/${layer} sits below src/${above}: the architecture is one-way (see README, How it is built).`,
    })),
).concat(
  Object.entries(PEERS).flatMap(([peer, level]) => {
    const i = LAYERS.indexOf(level);
    const msg = (a, b) => `src/${a} sits below src/${b}: the architecture is one-way (see README, How it is built).`;
    return [
      // the peer may not import its level or anything above it
      ...LAYERS.slice(i).map((above) => ({ target: `./src/${peer}`, from: `./src/${above}`, message: msg(peer, above) })),
      // nothing at or below its level may import the peer
      ...LAYERS.slice(0, i + 1).map((below) => ({ target: `./src/${below}`, from: `./src/${peer}`, message: msg(below, peer) })),
    ];
  }),
);

export default tseslint.config(
  {
    ignores: [
      'scripts/sea/_scratch/',
      'dist/',
      'dist-bench/',
      'node_modules/',
      'public/',
      'coverage/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs', 'scripts/sea/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Promises handed to event handlers (onClick={() => void x()}) are marked with void; the rest must be awaited.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  { files: ['src/**/*.{ts,tsx}'], ...reactHooks.configs.flat['recommended-latest'] },
  {
    // Tests read JSON files and page.evaluate() results whose shape their assertions check;
    // typing each of those reads would add noise, not safety.
    files: ['e2e/**/*.ts', '**/*.test.ts', 'src/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off', // see above: test reads of untyped JSON
      '@typescript-eslint/no-unsafe-member-access': 'off', // see above
      '@typescript-eslint/no-unsafe-assignment': 'off', // see above
      '@typescript-eslint/no-unsafe-call': 'off', // see above
      '@typescript-eslint/no-unsafe-return': 'off', // see above
      '@typescript-eslint/no-unsafe-argument': 'off', // see above
    },
  },
  {
    // Plain-JS build scripts: no type information to lint against.
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
