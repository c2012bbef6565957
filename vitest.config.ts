import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The bad-content tests start real builds; give them room on a 2-core machine.
    testTimeout: 120_000,
  },
});
