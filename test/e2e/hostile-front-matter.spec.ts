/**
 * Front-matter text (titles, summaries, results, steps) is rendered as text: markup typed into it
 * shows as characters on the page and in the JSON-LD, and runs nothing.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDirectory } from '../../scripts/lib/static-server.ts';
import { buildSite, copyProject } from './support/project-copy.ts';
import { expect, test } from './support/test.ts';

const TITLE = '标题<img src=x onerror="window.pwned=1">';
const SUMMARY = '摘要</script><script>window.pwned=2</script>';
const RESULT = '成效<svg onload="window.pwned=3">';
const STEP = '步骤<a href="javascript:window.pwned=4">点</a>';

const ENTRY = `---
title: '${TITLE}'
summary: '${SUMMARY}'
date: "2025"
industries: [C38]
regions: ["441481"]
problem: '${RESULT}'
steps:
  - '${STEP}'
sources:
  - publication: 测试周报
    title: '<script>window.pwned=5</script>'
---
## 怎样应用

正文。
`;

test('markup in front-matter fields shows as text on the page and in the JSON-LD, and runs nothing', async ({ page }) => {
  test.setTimeout(300_000);
  const project = copyProject('hostile');
  try {
    writeFileSync(join(project, 'content/methods/hostile-front-matter.md'), ENTRY);
    const built = buildSite(project);
    expect(built.ok, built.output.slice(-3000)).toBe(true);
    const { url, server } = await serveDirectory(join(project, 'dist'));
    try {
      await page.goto(`${url}/methods/hostile-front-matter/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
      await expect(page.locator('main')).toContainText(SUMMARY);
      await expect(page.locator('main')).toContainText(STEP);
      expect(await page.locator('main img[onerror], main svg[onload], main a[href^="javascript"], main script:not([type])').count()).toBe(0);
      const linkedData = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as {
        name?: string;
        description?: string;
      };
      expect(linkedData).toMatchObject({ name: TITLE, description: SUMMARY });
      expect(await page.evaluate(() => Reflect.get(window, 'pwned'))).toBeUndefined();
    } finally {
      server.close();
    }
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});
