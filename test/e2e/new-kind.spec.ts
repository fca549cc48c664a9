/**
 * Adding a content kind is one schema file, one row in the kind table and the kind's labels in the
 * dictionary. This test makes exactly those edits in a copy of the project, adds an entry of the new
 * kind, and follows it everywhere a reader, a researcher or an editor would look for it.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDirectory } from '../../scripts/lib/static-server.ts';
import { buildSite, copyProject, NODE, run } from './support/project-copy.ts';
import { settled } from './support/search.ts';
import { expect, test } from './support/test.ts';

const AWARD_SCHEMA = `import { z } from 'zod';
import { commonFields, sourcesField } from './fragments/common.ts';
import { entryId } from './fragments/entry-id.ts';

export const awardSchema = z.strictObject({
  name: z.string().trim().min(1).meta({ title: '名称', description: '奖项名称。' }),
  ...commonFields,
  recipients: z.array(entryId).meta({ title: '获奖者', description: '获奖者的人物 id。' }),
  sources: sourcesField,
});
`;

const AWARD_ROW = `  awards: {
    schema: awardSchema,
    singular: 'award',
    titleField: 'name',
    references: { recipients: 'experts' },
    facts: ['recipients'],
    identity: ['name'],
    printable: false,
    body: { required: false, outline: [{ heading: '评选', hint: '怎样评出来的？' }] },
    linkedData: (_data: z.output<typeof awardSchema>, context: LinkedDataContext) => ({ '@type': 'Organization', name: context.title }),
  },
`;

const AWARD_LABELS = `  'kind.awards': '奖项',
  'kind.awards.plural': '奖项',
  'kind.awards.intro': '技能奖项和获奖者。',
  'entry.backlinks.awards': '获得的奖项',
  'field.recipients': '获奖者',
`;

const NAME = '演示机电技能奖';

const entry = (recipients: string) => `---
name: ${NAME}
summary: 演示用团队条目。
date: "2024-03"
industries:
  - B06
regions:
  - "320300"
recipients:
  - ${recipients}
sources:
  - publication: 演示周报
    title: 演示报道
---
## 评选

演示正文。
`;

function insertBefore(file: string, anchor: string, text: string) {
  const source = readFileSync(file, 'utf8');
  const at = source.indexOf(anchor);
  expect(at, `${anchor} in ${file}`).toBeGreaterThan(-1);
  writeFileSync(file, source.slice(0, at) + text + source.slice(at));
}

test('a kind added by one schema, one table row and its labels shows in lists, indexes, search, open data, the template and the checker', async ({ page }) => {
  test.setTimeout(300_000);
  const project = copyProject('new-kind');
  try {
    writeFileSync(join(project, 'src/schema/award.ts'), AWARD_SCHEMA);
    const table = join(project, 'src/schema/kinds.ts');
    insertBefore(table, "import { methodSchema } from './method.ts';", "import { awardSchema } from './award.ts';\n");
    insertBefore(table, '} as const;', AWARD_ROW);
    insertBefore(join(project, 'src/i18n/zh-CN.ts'), '} as const;', AWARD_LABELS);

    const scaffolded = run(project, NODE, ['scripts/new.ts', 'award', 'scaffolded-award']);
    expect(scaffolded.ok, scaffolded.output).toBe(true);
    expect(readFileSync(join(project, 'content/awards/scaffolded-award.md'), 'utf8')).toMatch(/^recipients:/m);
    rmSync(join(project, 'content/awards/scaffolded-award.md'));

    writeFileSync(join(project, 'content/awards/broken-award.md'), entry('no-such-person'));
    const refused = run(project, NODE, ['scripts/check.ts']);
    expect(refused.ok).toBe(false);
    expect(refused.output).toMatch(/content\/awards\/broken-award\.md:10: recipients: .*no-such-person/);
    rmSync(join(project, 'content/awards/broken-award.md'));

    writeFileSync(join(project, 'content/awards/demo-award.md'), entry('xia-bodang'));
    const built = buildSite(project);
    expect(built.ok, built.output.slice(-3000)).toBe(true);

    const { url, server } = await serveDirectory(join(project, 'dist'));
    try {
      await page.goto(`${url}/awards/`);
      await page.getByRole('link', { name: NAME }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAME);
      await expect(page.locator('.facts').getByRole('link', { name: '夏伯党' })).toBeVisible();

      await page.goto(`${url}/experts/xia-bodang/`);
      await expect(page.getByRole('region', { name: '获得的奖项' }).getByRole('link', { name: NAME })).toBeVisible();

      for (const node of ['/regions/320300/', '/industries/B06/']) {
        await page.goto(`${url}${node}`);
        await expect(page.locator('[data-kind-group="awards"]').getByRole('link', { name: NAME })).toBeVisible();
      }

      await page.goto(`${url}/search/?q=${encodeURIComponent('机电技能奖')}&type=award`);
      await settled(page);
      await expect(page.locator('[data-search-results]').getByRole('link', { name: NAME })).toBeVisible();

      const rows = (await (await page.request.get(`${url}/data/awards.json`)).json()) as { id: string; recipients: string[] }[];
      expect(rows).toEqual([expect.objectContaining({ id: 'demo-award', recipients: ['xia-bodang'] })]);
    } finally {
      server.close();
    }
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});
