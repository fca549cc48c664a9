/**
 * The site's content, read, checked and turned into the typed corpus once per build: the build
 * guard, every page, the open data and the search index share this one pass, so they cannot
 * disagree about what an entry says. Astro loads the integrations and renders the pages as separate
 * module instances within one process, so the result is kept on globalThis, keyed by project root.
 */
import { resolve } from 'node:path';
import { checkContent, type Problem } from '../lib/content-check/index.ts';
import { buildCorpus, type Corpus } from '../lib/corpus.ts';

export interface SiteContent {
  /** Everything the checker found wrong; the build publishes nothing unless this is empty. */
  problems: Problem[];
  /** The entries that passed their schema. */
  corpus: Corpus;
}

const CACHE_KEY = Symbol.for('craftsman-portal.site-content');

function cache(): Map<string, SiteContent> {
  const holder = globalThis as { [CACHE_KEY]?: Map<string, SiteContent> };
  holder[CACHE_KEY] ??= new Map();
  return holder[CACHE_KEY];
}

export function loadSiteContent(root: string = process.cwd()): SiteContent {
  const key = resolve(root);
  let content = cache().get(key);
  if (!content) {
    const checked = checkContent({ root: key });
    content = { problems: checked.problems, corpus: buildCorpus(checked.content) };
    cache().set(key, content);
  }
  return content;
}

/** `astro dev`: after an edit under content/, the next page reads the content afresh. */
export function forgetSiteContent(): void {
  cache().clear();
}
