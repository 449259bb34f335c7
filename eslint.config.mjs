import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Build and data scripts, and the cross-engine suite, report on the terminal.
    files: ['scripts/**/*.ts', 'e2e/engines/run.ts'],
    rules: { 'no-console': 'off' },
  },
  globalIgnores([
    '.data-cache/**',
    'docs/**',
    '.next/**',
    'out/**',
    'public/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'bench-results/**',
  ]),
]);
