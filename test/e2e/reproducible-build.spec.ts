/**
 * A build depends on the commit, not on the day or on what was built before: two clean builds of
 * one commit on different days are byte-identical, and an incremental rebuild after an edit (Astro
 * keeps the pages whose cacheKey held, which src/integrations/reused-pages.ts puts back in place)
 * equals a clean build of the edited content. Deploys upload only what changed, and a reviewer can
 * trust that a diff of two builds is a diff of the content.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, copyProject, run } from './support/project-copy.ts';
import { differences, filesOf } from './support/site-files.ts';
import { expect, test } from './support/test.ts';

/** libfaketime, installed by .ci/run: the second build runs 400 days later by the clock. */
const FAKETIME = process.env.FAKETIME_PATH ?? '/usr/bin/faketime';

/** Each build of the site's copy takes about 20 s here; CI's machine may be several times slower and busy. */
const BUILD_BUDGET = 120_000;
const BUILDS = 4;

test('two builds of one commit are byte-identical, and a rebuild after an edit equals a clean build', async () => {
  test.setTimeout(BUILDS * BUILD_BUDGET);
  const project = copyProject('reproducible');
  const cleanBuild = (clock: string[] = []) => {
    rmSync(join(project, 'dist'), { recursive: true, force: true });
    rmSync(join(project, '.astro'), { recursive: true, force: true });
    return clock.length > 0 ? run(project, FAKETIME, [...clock, join(project, 'node_modules/.bin/astro'), 'build']) : buildSite(project);
  };
  try {
    // Page dates come from git, so the copy gets a commit of its own.
    const commit = (message: string) => {
      const env = ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid'];
      expect(run(project, 'git', ['init', '-q']).ok).toBe(true);
      expect(run(project, 'git', ['add', '-A']).ok).toBe(true);
      expect(run(project, 'git', [...env, 'commit', '-q', '-m', message]).ok).toBe(true);
    };
    commit('content as it is');

    const today = cleanBuild();
    expect(today.ok, today.output).toBe(true);
    const first = filesOf(join(project, 'dist'));
    const later = cleanBuild(['-f', '+400d']);
    expect(later.ok, later.output).toBe(true);
    expect(differences(first, filesOf(join(project, 'dist')))).toEqual([]);

    // One body edited, and one name that other pages show (the course he taught lists him).
    const method = join(project, 'content/methods/wangwenwenqie-fault-finding.md');
    writeFileSync(method, `${readFileSync(method, 'utf8')}\n本段为测试修订。\n`);
    const expert = join(project, 'content/experts/xia-bodang.md');
    writeFileSync(expert, readFileSync(expert, 'utf8').replace(/^name: (.+)$/m, 'name: $1（改名）'));
    commit('a method and a name edited');
    const incremental = buildSite(project);
    expect(incremental.ok, incremental.output).toBe(true);
    // Astro kept the unchanged pages where they were put back ("cached"), copying none from its cache ("restored").
    expect(incremental.output).toContain('(cached)');
    expect(incremental.output).not.toContain('(restored)');
    const rebuilt = filesOf(join(project, 'dist'));
    expect(differences(first, rebuilt)).toEqual(
      expect.arrayContaining(['methods/wangwenwenqie-fault-finding/index.html', 'courses/xuzhou-master-open-class-2/index.html']),
    );
    const clean = cleanBuild();
    expect(clean.ok, clean.output).toBe(true);
    expect(differences(rebuilt, filesOf(join(project, 'dist')))).toEqual([]);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});
