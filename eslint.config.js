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
  indicator: ['charts', 'export', 'figures', 'filters', 'share'],
  navigation: [],
  share: [],
  sources: ['definitions', 'figures'],
}
const features = Object.keys(featureEdges)
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
  ...features.map((feature) => {
    const forbidden = features.filter((f) => f !== feature && !featureEdges[feature].includes(f))
    const message = `features/${feature} may import only ${[feature, ...featureEdges[feature]].join(', ')} among the features (featureEdges in eslint.config.js), and never the app.`
    return {
      files: [`src/features/${feature}/**`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              noDeepRelative,
              noMocks,
              noTests,
              { group: [...forbidden.map((f) => `@/features/${f}/*`), '@/app/*'], message },
            ],
          },
        ],
        // import() too: a lazily loaded module is still an edge between features.
        'no-restricted-syntax': [
          'error',
          {
            selector: `ImportExpression[source.value=/^@\\/(app|features\\/(${forbidden.join('|') || '-'}))\\//]`,
            message,
          },
        ],
      },
    }
  }),
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
