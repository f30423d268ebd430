import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import noCycle from './eslint-rules/no-cycle.js'

/**
 * The features each feature may import: the one list of the edges between features (the README
 * states it too). A feature imports only its own files, these features, and shared code
 * (domain/, lib/, components/); app/ is where the views are put together. Any other edge fails
 * lint, and so does a cycle between files. The list itself has no cycle
 * (tests/lint/boundaries.test.ts).
 */
export const featureEdges = {
  charts: [],
  context: ['definitions', 'figures', 'sources'],
  dataset: ['import'],
  definitions: ['dataset'],
  documents: [],
  export: ['charts', 'dataset'],
  figures: ['definitions', 'export', 'share'],
  filters: [],
  import: [],
  indicator: ['charts', 'export', 'figures', 'filters', 'map', 'share'],
  map: ['charts', 'export'],
  navigation: [],
  share: [],
  sources: ['definitions', 'figures'],
}
const features = Object.keys(featureEdges)

/** The lint block of one feature folder: it may import the `allowed` features, no other, and not the app. */
function featureBoundary(folder, allowed) {
  const message =
    folder === '**'
      ? 'A new feature folder imports other features only once it is listed in featureEdges (eslint.config.js).'
      : `features/${folder} may import only ${allowed.join(', ')} among the features (featureEdges in eslint.config.js), and never the app.`
  // esquery's regular expressions cannot hold a slash: \x2F is one.
  const slash = '\\x2F'
  const forbidden = `^(@${slash}app${slash}|@${slash}features${slash}(?!(${allowed.join('|') || '-'})${slash}))`
  return {
    files: [`src/features/${folder}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noDeepRelative,
            noMocks,
            noTests,
            {
              group: ['@/features/*', ...allowed.map((f) => `!@/features/${f}`), '@/app/*'],
              message,
            },
          ],
        },
      ],
      // import() too: a lazily loaded module is still an edge between features.
      'no-restricted-syntax': [
        'error',
        {
          selector: `ImportExpression[source.value=/${forbidden}/]`,
          message,
        },
      ],
    },
  }
}
const srcDir = join(dirname(fileURLToPath(import.meta.url)), 'src')

// Flat config replaces a rule's options per block, so every block repeats the shared patterns.
const noDeepRelative = { group: ['../../*'], message: 'Import with the @/ alias.' }
const noMocks = {
  group: ['@mocks/*', '**/mocks/*'],
  message: 'msw must never reach the production bundle.',
}
const noTests = { group: ['@tests/*'], message: 'Test helpers never reach the production bundle.' }

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': ['error', { patterns: [noDeepRelative] }],
    },
  },
  {
    // Small files: one responsibility each (split a file that grows past this).
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  {
    files: ['src/**'],
    ignores: ['src/app/main.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noDeepRelative, noMocks, noTests] }],
      // The app only writes spreadsheets; reading one (where SheetJS's advisories lived) is for tests.
      'no-restricted-properties': [
        'error',
        ...['read', 'readFile', 'readFileSync'].map((property) => ({
          object: 'XLSX',
          property,
          message: 'The app writes spreadsheets only; reading them is for tests.',
        })),
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { local: { rules: { 'no-cycle': noCycle } } },
    rules: { 'local/no-cycle': ['error', { srcDir }] },
  },
  // A feature folder missing from the list may import no other feature until it is added.
  featureBoundary('**', []),
  ...features.map((feature) => featureBoundary(feature, [feature, ...featureEdges[feature]])),
  {
    // The domain is pure: no React, no features, no app, no third-party clients.
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'react',
            'react-dom',
            '@tanstack/react-query',
            'zustand',
            'recharts',
            '@lingui/core',
          ],
          patterns: [
            noDeepRelative,
            noMocks,
            {
              group: ['@/features/*', '@/app/*', '@/lib/*', '@/components/*'],
              message: 'domain/ must stay free of React and app code.',
            },
          ],
        },
      ],
    },
  },
  {
    // Imports flow one way: shared -> features -> app.
    files: ['src/components/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noDeepRelative,
            noMocks,
            {
              group: ['@/features/*', '@/app/*'],
              message: 'Shared code must not import features or the app.',
            },
          ],
        },
      ],
    },
  },
)
