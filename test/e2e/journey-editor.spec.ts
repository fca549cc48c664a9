import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serveDirectory } from '../../scripts/lib/static-server.ts';
import { journey } from './support/journey.ts';
import { buildSite, copyProject, fillTemplate, NODE, run } from './support/project-copy.ts';
import { expect, test } from './support/test.ts';

const FILE = 'content/cases/zhenjiang-cable-demo.md';
const TITLE = '演示案例：电缆车间降低废品率';

/** What the editor types over each 【待填写】 placeholder, by field. */
const ANSWERS: Record<string, string> = {
  title: TITLE,
  summary: '演示用案例：工匠带队改进电缆绞制工艺，废品率下降。',
  industries: 'C99',
  regions: '"441481"',
  experts: 'xia-bo-dang',
  methods: 'wangwenwenqie-fault-finding',
  teams: 'xuzhou-service-team',
  organisations: '演示电缆厂',
  results: '废品率下降近一半',
  publication: '演示周报',
  date: '"2025-11"',
  body: '演示正文：写明问题、做法和成效。',
};

async function showTerminal(page: Page, text: string) {
  await page.setContent(
    `<html lang="zh-CN"><body style="background:#111;color:#eee;font:14px monospace;white-space:pre-wrap;padding:1rem">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</body></html>`,
  );
}

test('editor: scaffold a case, read the checker on three mistakes, fix them, build, find the case', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const step = journey(page, testInfo, 'editor');
  const project = copyProject('editor');
  const path = join(project, FILE);
  try {
    await step('scaffold', async () => {
      const created = run(project, NODE, ['scripts/new.ts', 'case', 'zhenjiang-cable-demo']);
      expect(created.ok, created.output).toBe(true);
      expect(created.output).toContain(FILE);
      await showTerminal(page, `$ npm run new -- case zhenjiang-cable-demo\n${created.output}\n\n${readFileSync(path, 'utf8')}`);
    });

    await step('three-mistakes', async () => {
      const filled = fillTemplate(readFileSync(path, 'utf8'), ANSWERS).replace(/^title:/m, 'titel:');
      writeFileSync(path, filled);
      const checked = run(project, NODE, ['scripts/check.ts', FILE]);
      expect(checked.ok).toBe(false);
      expect(checked.output).toMatch(/zhenjiang-cable-demo\.md:\d+: titel: .*did you mean title/);
      expect(checked.output).toMatch(/zhenjiang-cable-demo\.md:\d+: industries: "C99" .*did you mean C39/);
      expect(checked.output).toMatch(/zhenjiang-cable-demo\.md:\d+: experts: .*xia-bo-dang.*did you mean xia-bodang/);
      expect(checked.output).not.toMatch(/: title: /);
      await showTerminal(page, `$ npm run check -- ${FILE}\n${checked.output}`);
    });

    await step('fixed', async () => {
      const fixed = readFileSync(path, 'utf8')
        .replace(/^titel:/m, 'title:')
        .replace('C99', 'C38')
        .replace('xia-bo-dang', 'xia-bodang');
      writeFileSync(path, fixed);
      const checked = run(project, NODE, ['scripts/check.ts', FILE]);
      expect(checked.ok, checked.output).toBe(true);
      await showTerminal(page, `$ npm run check -- ${FILE}\n${checked.output}`);
    });

    const built = buildSite(project);
    expect(built.ok, built.output.slice(-2000)).toBe(true);
    const { url, server } = await serveDirectory(join(project, 'dist'));
    try {
      await step('industry-page', async () => {
        await page.goto(`${url}/industries/C38/`);
        await expect(page.locator('[data-kind-group="cases"]').getByRole('link', { name: TITLE })).toBeVisible();
      });
      await step('region-page', async () => {
        await page.goto(`${url}/regions/441481/`);
        await expect(page.locator('[data-kind-group="cases"]').getByRole('link', { name: TITLE })).toBeVisible();
      });
      await step('search', async () => {
        await page.goto(`${url}/search/?q=${encodeURIComponent('降低废品率')}`);
        await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false');
        await expect(page.locator('[data-search-results]').getByRole('link', { name: TITLE })).toBeVisible();
      });
      await step('case-page', async () => {
        await page.locator('[data-search-results]').getByRole('link', { name: TITLE }).click();
        await expect(page.locator('.facts').getByRole('link', { name: '夏伯党' })).toBeVisible();
      });
    } finally {
      server.close();
    }
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});
