import { appendFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { serveDirectory } from '../../scripts/lib/static-server.ts';
import { buildSite, copyProject } from './support/project-copy.ts';
import { expect, test } from './support/test.ts';

const OLD = 'forum-training-project-list';
const NEW = 'forum-training-projects';

/** A copy of the project in which a course was renamed, with the project's redirects plus any given, built with Astro. */
function buildRenamedCopy(extraRedirects: string) {
  const copy = copyProject('urls');
  renameSync(join(copy, 'content/courses', `${OLD}.md`), join(copy, 'content/courses', `${NEW}.md`));
  appendFileSync(join(copy, 'redirects.yaml'), extraRedirects);
  return { copy, ...buildSite(copy) };
}

/** A page the content still gives: Astro would serve a redirect there instead and only warn that it dropped the page. */
const LIVE = '/courses/xuzhou-master-open-class-2/';

test('a published URL cannot disappear without a redirect, a redirect cannot hide a page, and a declared redirect leads to the new page', async ({ page }) => {
  test.setTimeout(240_000);
  const refused = buildRenamedCopy(`${LIVE}: /courses/\n`);
  expect(refused.ok).toBe(false);
  expect(refused.output).toContain(`url-manifest.txt: /courses/${OLD}/`);
  expect(refused.output).toContain(`redirects.yaml: ${LIVE} 现在又有内容生成的页面`);
  rmSync(refused.copy, { recursive: true, force: true });

  const redirected = buildRenamedCopy(`/courses/${OLD}/: /courses/${NEW}/\n`);
  expect(redirected.ok, redirected.output.slice(-2000)).toBe(true);
  const { url, server } = await serveDirectory(join(redirected.copy, 'dist'));
  try {
    await page.goto(`${url}/courses/${OLD}/`);
    await expect(page).toHaveURL(`${url}/courses/${NEW}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  } finally {
    server.close();
    rmSync(redirected.copy, { recursive: true, force: true });
  }
});
