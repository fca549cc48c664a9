import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDirectory } from '../../scripts/lib/static-server.ts';
import { buildSite, copyProject, fillTemplate, NODE, run } from './support/project-copy.ts';
import { expect, test } from './support/test.ts';

const FILE = 'content/needs/demo-cable-defects.md';
const TITLE = '演示需求：电缆表面缺陷漏检';
const CASE_TITLE = '精密制造劳模工匠服务队结对帮企解决工艺堵点';

/** What the editor types over each 【待填写】 placeholder, by field. */
const ANSWERS: Record<string, string> = {
  title: TITLE,
  summary: '演示用需求：电缆厂希望减少表面缺陷漏检。',
  industries: 'C38',
  regions: '"440100"',
  enterprise: '匿名',
  status: '已解决',
  statement: '电缆表面的小缺陷靠人眼总有漏掉的。',
  teams: 'precision-mfg-service-team',
  experts: 'li-zheng',
  solvedBy: 'gd-precision-mfg-service-team-fixes',
  publication: '演示周报',
  date: '"2025-11"',
  body: '演示正文。',
};

test('editor: a new need from npm run new, refused while 已解决 names no case, then published and linked from the case', async ({ page }) => {
  test.setTimeout(240_000);
  const project = copyProject('need');
  const path = join(project, FILE);
  try {
    const created = run(project, NODE, ['scripts/new.ts', 'need', 'demo-cable-defects']);
    expect(created.ok, created.output).toBe(true);
    const filled = fillTemplate(readFileSync(path, 'utf8'), ANSWERS);
    // The mistake: 已解决 without the case that solved it.
    writeFileSync(path, filled.replace(/^solvedBy:\n\s+- .+\n/m, ''));
    const refused = run(project, NODE, ['scripts/check.ts', FILE]);
    expect(refused.ok).toBe(false);
    expect(refused.output).toMatch(/demo-cable-defects\.md:\d+: status: .*solvedBy/);

    writeFileSync(path, filled);
    const checked = run(project, NODE, ['scripts/check.ts', FILE]);
    expect(checked.ok, checked.output).toBe(true);

    const built = buildSite(project);
    expect(built.ok, built.output.slice(-2000)).toBe(true);
    const { url, server } = await serveDirectory(join(project, 'dist'));
    try {
      await page.goto(`${url}/needs/`);
      await page.getByRole('link', { name: TITLE }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
      await page.locator('.facts').getByRole('link', { name: CASE_TITLE }).click();
      await expect(page.getByRole('region', { name: '相关需求' }).getByRole('link', { name: TITLE })).toBeVisible();
    } finally {
      server.close();
    }
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});
