/**
 * Every entry states the sources' facts in its own words: no run of more than 14 characters of an
 * entry (summary, body and text fields) may stand in a source article, apart from the official names
 * and titles in content/official-names.yaml and quotations marked with quotation marks. The source
 * articles live beside the repository (../shared/seeds/); where they are absent the test is skipped.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { copiedRuns, LONGEST_SHARED_RUN, loadOfficialNames, loadSources, sourcesFolder } from '../../src/lib/originality.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const seeds = sourcesFolder(ROOT);

describe.skipIf(!existsSync(seeds))('originality against the source articles', () => {
  const sources = existsSync(seeds) ? loadSources(seeds) : [];
  const allowed = loadOfficialNames(ROOT);

  it('finds a copied sentence: an entry that repeats a source sentence fails', () => {
    const { content } = checkContent({ root: fileURLToPath(new URL('../fixtures/check-valid', import.meta.url)) });
    const sentence = sources[0]!.text.replace(/\s+/g, '').slice(200, 240);
    const copied = content.slice(0, 1).map((entry) => ({ ...entry, body: `${entry.body}\n\n${sentence}` }));
    const runs = copiedRuns({ entries: copied, sources, allowed, longest: LONGEST_SHARED_RUN });
    expect(runs.some(({ run }) => run.length > 20)).toBe(true);
  });

  it(`no entry shares a run of more than ${LONGEST_SHARED_RUN} characters with a source, names and quotations apart`, () => {
    const { content } = checkContent({ root: ROOT });
    const runs = copiedRuns({ entries: content, sources, allowed, longest: LONGEST_SHARED_RUN });
    expect(runs.map(({ file, source, run }) => `${file} ~ ${source}: ${run}`)).toEqual([]);
  });
});
