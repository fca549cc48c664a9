import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/lib/browser.ts';

/**
 * Browser journeys against the built site, served by `astro preview` on
 * 127.0.0.1. Debian's Chromium is used where present (CHROMIUM_PATH overrides);
 * elsewhere Playwright's own browser.
 */
const port = Number(process.env.PREVIEW_PORT ?? 4321);

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/artifacts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: [
    ['list'],
    ...(process.env.CI ? [] : [['html', { open: 'never', outputFolder: 'test-results/report' }] as const]),
    ['./test/e2e/support/durations-reporter.ts'],
  ],
  // Tests wait on states (aria-busy, responses, URLs), never on the clock, so generous limits cost a
  // passing test nothing. Measured on a quiet 2-core machine: the slowest journey takes 18 s; each
  // limit below is at least four times what its wait takes there, because machines of one kind
  // differ several times in speed and CI may share the machine.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  use: {
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    // Tests that rebuild the site run once: what they prove does not depend on the viewport.
    {
      name: 'phone',
      use: { ...devices['Pixel 5'], viewport: { width: 360, height: 740 } },
      testIgnore: /permanent-urls|journey-editor|new-kind|hostile-front-matter|accessibility|reproducible-build|search-shards/,
    },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } },
  ],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
