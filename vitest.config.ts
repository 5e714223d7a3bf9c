// vitest: the defaults, and never the test files inside the oracles unpacked under .oracles/ (MediaWiki ships some).
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    exclude: [...configDefaults.exclude, '.oracles/**'],
  },
});
