import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'process', 'worker_threads', 'stream', 'zlib', 'url', 'util'];
const noNode = nodeBuiltins.flatMap((m) => [m, `node:${m}`, `${m}/*`, `node:${m}/*`]);

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', '**/*.d.ts', 'packages/web/dist/**', 'screenshots/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    // The domain core is pure: no I/O, no clock, no environment, no other layer.
    files: ['packages/core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: noNode.map((name) => ({ name, message: 'packages/core does no I/O.' })),
        patterns: [{ group: ['@jixiao/*', '../../documents/*', '../../server/*', '../../web/*', '../../cli/*'], message: 'core imports no other layer.' }],
      }],
      'no-restricted-globals': ['error',
        { name: 'process', message: 'core reads no environment.' },
        { name: 'fetch', message: 'core does no I/O.' },
      ],
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'core reads no clock: pass the time in.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'core reads no clock: pass the time in.' },
      ],
    },
  },
  {
    files: ['packages/documents/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['@jixiao/server', '@jixiao/web', '@jixiao/cli', '../../server/*', '../../web/*', '../../cli/*'], message: 'documents depends on core only.' }],
      }],
    },
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['@jixiao/server', '@jixiao/server/*', '@jixiao/cli', '../../server/*'], message: 'web talks to the server over HTTP only.' }],
      }],
    },
  },
);
