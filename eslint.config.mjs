// ESLint: TypeScript, Lit and Lit a11y rules at zero warnings (`npm run lint`, part of `npm test`).
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'node_modules/',
      'custom-elements.json',
      'bench/results/',
    ],
  },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    rules: {
      // Lit lifecycle overrides take arguments a subclass often does not need.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: { ...litA11y.configs.recommended.rules },
  },
  {
    // Classic scripts whose top-level functions are shared with the other benchmark pages.
    files: ['bench/pages/*.js'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
