import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The compute module stays pure: the views depend on it, never the other way round.
    files: ['src/compute/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*'], message: 'src/compute is pure TypeScript: no React.' },
            { group: ['zustand', 'zustand/*'], message: 'src/compute is pure TypeScript: no store.' },
            {
              group: ['framer-motion', 'framer-motion/*'],
              message: 'src/compute is pure TypeScript: no animation.',
            },
            {
              group: ['../state/*', '../components/*', '../hooks/*'],
              message: 'src/compute must not depend on the app.',
            },
          ],
        },
      ],
    },
  },
);
