// One lint set-up for the whole workspace: TypeScript (type-aware where it matters)
// and .astro files. Formatting is Prettier's job (see .prettierrc.json).
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/.astro/',
      '**/.strapi/',
      'cms/types/generated/',
      '.local/',
      'scripts/toolchain/',
      'bench/results/',
      '**/*.d.ts',
    ],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // import() types are how CommonJS modules loaded with createRequire (Strapi) get typed.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // The CMS admin extension runs in the browser.
    files: ['cms/src/admin/**/*.{ts,tsx}', 'site/src/scripts/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
