import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

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
