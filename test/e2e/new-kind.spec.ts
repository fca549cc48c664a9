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

const TEAM_SCHEMA = `import { z } from 'zod';
import { commonFields, sourcesField } from './fragments/common.ts';
import { entryId } from './fragments/entry-id.ts';

export const teamSchema = z.strictObject({
  name: z.string().trim().min(1).meta({ title: '名称', description: '团队名称。' }),
  ...commonFields,
  members: z.array(entryId).meta({ title: '成员', description: '成员的人物 id。' }),
  sources: sourcesField,
});
`;

const TEAM_ROW = `  teams: {
    schema: teamSchema,
    singular: 'team',
    titleField: 'name',
    references: { members: 'experts' },
    facts: ['members'],
    identity: ['name'],
    printable: false,
    body: { required: false, outline: [{ heading: '做了什么', hint: '团队做了什么？' }] },
    linkedData: (_data: z.output<typeof teamSchema>, context: LinkedDataContext) => ({ '@type': 'Organization', name: context.title }),
  },
`;

const TEAM_LABELS = `  'kind.teams': '团队',
  'kind.teams.plural': '团队',
  'kind.teams.intro': '创新工作室、服务队和联盟。',
  'entry.backlinks.teams': '所在团队',
  'field.members': '成员',
`;

const NAME = '演示机电服务队';

const entry = (members: string) => `---
name: ${NAME}
summary: 演示用团队条目。
date: "2024-03"
industries:
  - B06
regions:
  - "320300"
members:
  - ${members}
sources:
  - publication: 演示周报
    title: 演示报道
---
## 做了什么

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
    writeFileSync(join(project, 'src/schema/team.ts'), TEAM_SCHEMA);
    const table = join(project, 'src/schema/kinds.ts');
    insertBefore(table, "import { methodSchema } from './method.ts';", "import { teamSchema } from './team.ts';\n");
    insertBefore(table, '} as const;', TEAM_ROW);
    insertBefore(join(project, 'src/i18n/zh-CN.ts'), '} as const;', TEAM_LABELS);

    const scaffolded = run(project, NODE, ['scripts/new.ts', 'team', 'scaffolded-team']);
    expect(scaffolded.ok, scaffolded.output).toBe(true);
    expect(readFileSync(join(project, 'content/teams/scaffolded-team.md'), 'utf8')).toMatch(/^members:/m);
    rmSync(join(project, 'content/teams/scaffolded-team.md'));

    writeFileSync(join(project, 'content/teams/broken-team.md'), entry('no-such-person'));
    const refused = run(project, NODE, ['scripts/check.ts']);
    expect(refused.ok).toBe(false);
    expect(refused.output).toMatch(/content\/teams\/broken-team\.md:10: members: .*no-such-person/);
    rmSync(join(project, 'content/teams/broken-team.md'));

    writeFileSync(join(project, 'content/teams/demo-team.md'), entry('xia-bodang'));
    const built = buildSite(project);
    expect(built.ok, built.output.slice(-3000)).toBe(true);

    const { url, server } = await serveDirectory(join(project, 'dist'));
    try {
      await page.goto(`${url}/teams/`);
      await page.getByRole('link', { name: NAME }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAME);
      await expect(page.locator('.facts').getByRole('link', { name: '夏伯党' })).toBeVisible();

      await page.goto(`${url}/experts/xia-bodang/`);
      await expect(page.getByRole('region', { name: '所在团队' }).getByRole('link', { name: NAME })).toBeVisible();

      for (const node of ['/regions/320300/', '/industries/B06/']) {
        await page.goto(`${url}${node}`);
        await expect(page.locator('[data-kind-group="teams"]').getByRole('link', { name: NAME })).toBeVisible();
      }

      await page.goto(`${url}/search/?q=${encodeURIComponent('机电服务队')}&type=team`);
      await settled(page);
      await expect(page.locator('[data-search-results]').getByRole('link', { name: NAME })).toBeVisible();

      const rows = (await (await page.request.get(`${url}/data/teams.json`)).json()) as { id: string; members: string[] }[];
      expect(rows).toEqual([expect.objectContaining({ id: 'demo-team', members: ['xia-bodang'] })]);
    } finally {
      server.close();
    }
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});
