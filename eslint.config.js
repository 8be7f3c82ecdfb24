// ESLint: typescript-eslint with type-aware import rules, the import-direction rules of STYLE.md §2
// (each message says where the code goes instead) and a cycle check with an empty allowlist.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const restricted = (patterns) => ['error', { patterns }];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'data/**',
      'test-results/**',
      'coverage/**',
      '**/*.d.ts',
      'addin-gmail/dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    settings: { 'import-x/resolver': { node: true } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      'max-params': ['error', 3],
      'no-console': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['shared/src/**/*.ts'],
    rules: {
      'no-restricted-imports': restricted([
        { group: ['@slash/*'], message: 'shared imports no other workspace: move the code into shared/src.' },
        {
          group: ['node:*', 'fs', 'http', 'https', 'net', 'child_process'],
          message: 'shared has no I/O: do it in api/ and pass the data in.',
        },
      ]),
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'shared has no clock: take `now` as an argument.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'shared has no clock: take `now` as an argument.',
        },
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'shared reads no environment: pass configuration in.',
        },
      ],
    },
  },
  {
    files: ['web-booking/src/**/*.{ts,tsx}', 'addin-outlook/src/**/*.{ts,tsx}', 'addin-gmail/src/**/*.ts'],
    rules: {
      'no-restricted-imports': restricted([
        { group: ['@slash/api', '@slash/api/*'], message: 'clients never import the API: call it over HTTP.' },
      ]),
    },
  },
  {
    files: ['api/src/**/*.ts'],
    ignores: ['api/src/**/repository.ts', 'api/src/db/**', 'api/src/app.ts', 'api/src/runtime.ts', 'api/src/cli/**'],
    rules: {
      'no-restricted-imports': restricted([
        {
          group: ['drizzle-orm', 'drizzle-orm/*', '**/db/client.js', '**/db/schema.js'],
          message: 'only repository.ts files touch the database: add a repository function and call it.',
          allowTypeImports: true,
        },
        {
          group: ['**/*/repository.js', '!./repository.js'],
          message: "a domain calls another domain's service, never its repository.",
          allowTypeImports: true,
        },
      ]),
    },
  },
  {
    files: ['api/src/**/service.ts', 'api/src/**/repository.ts'],
    rules: {
      'no-restricted-imports': restricted([
        {
          group: ['fastify', 'fastify/*', '@fastify/*'],
          message: 'services and repositories never import fastify: keep HTTP in routes.ts.',
          allowTypeImports: true,
        },
        {
          group: ['drizzle-orm', 'drizzle-orm/*'],
          message: 'only repository.ts files touch the database.',
          allowTypeImports: true,
        },
      ]),
    },
  },
  {
    files: ['api/src/**/repository.ts'],
    rules: {
      'no-restricted-imports': restricted([
        {
          group: ['fastify', 'fastify/*', '@fastify/*'],
          message: 'repositories never import fastify.',
          allowTypeImports: true,
        },
      ]),
    },
  },
  {
    files: ['test/**/*.ts', '**/*.config.ts', 'eslint.config.js', '**/bench/**/*.ts', '**/scripts/**/*.ts'],
    rules: { 'no-console': 'off', 'max-params': 'off' },
  },
);
