/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so component tests can render `.astro` files with the container API.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The bad-content tests start real builds; give them room on a 2-core machine.
    testTimeout: 120_000,
  },
});
