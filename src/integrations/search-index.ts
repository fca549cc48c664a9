/**
 * Builds the Pagefind index after Astro has written the site. Entries are
 * indexed as custom records of folded character bigrams (see lib/search/tokens)
 * instead of Pagefind reading the HTML, because Pagefind's Chinese word
 * segmentation misses words it does not know and matches stray characters.
 */

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { t } from '../i18n/zh-CN.ts';
import { finderData } from '../lib/find/profiles.ts';
import { markdownText } from '../lib/markdown-text.ts';
import { DATE_ORDER_FILE, newestFirstIds } from '../lib/search/date-order.ts';
import { type SearchDocument, searchDocument } from '../lib/search/document.ts';
import { pinyinShardPath } from '../lib/search/pinyin-match.ts';
import { parseSynonyms, SYNONYMS_FILE } from '../lib/search/synonyms.ts';
import { pinyinShards, searchPinyin, searchTerms, searchWords } from '../lib/search/vocabulary.ts';
import { wordShardPath, wordShards } from '../lib/search/word-shards.ts';
import { foldMapFor, traditionalToSimplifiedMap } from '../lib/text-fold.ts';
import { loadSiteContent } from '../site/content.ts';
import { failIfStalled } from './stalled.ts';

/** Where the browser finds the slice of the fold map it needs, and what search knows of the corpus's words. */
export const FOLD_MAP_FILE = 'pagefind/fold-map.json';
export const SEARCH_TERMS_FILE = 'pagefind/search-terms.json';
/** 找专家: candidates and their evidence, loaded by /find/ only. */
export const FINDER_FILE = 'pagefind/finder.json';

/** The search documents of the content under root, as the index holds them. */
export function searchDocuments(root: string): SearchDocument[] {
  const { corpus } = loadSiteContent(root);
  const foldMap = traditionalToSimplifiedMap();
  return corpus.all.map((entry) => searchDocument(corpus, entry, markdownText(entry.body), foldMap));
}

/** The editors' synonym groups; the content check has already refused a malformed file. */
function loadSynonyms(root: string): string[][] {
  const file = join(root, SYNONYMS_FILE);
  return existsSync(file) ? parseSynonyms(readFileSync(file, 'utf8')).groups.map((group) => group.terms) : [];
}

/** A JSON file of the built site, in its directory. */
function writeJson(outDir: string, file: string, value: unknown) {
  const path = join(outDir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(value));
}

function writeVocabulary(root: string, outDir: string) {
  const { corpus } = loadSiteContent(root);
  const foldMap = traditionalToSimplifiedMap();
  const synonyms = loadSynonyms(root);
  writeJson(outDir, SEARCH_TERMS_FILE, searchTerms(corpus, synonyms, foldMap));
  for (const [index, shard] of wordShards(searchWords(corpus, synonyms, foldMap)).entries()) writeJson(outDir, wordShardPath(index), shard);
  for (const [letter, shard] of pinyinShards(searchPinyin(corpus, synonyms, foldMap))) writeJson(outDir, pinyinShardPath(letter), shard);
  writeJson(
    outDir,
    FINDER_FILE,
    finderData(corpus, foldMap, (entry) => t(`kind.${entry.kind}`)),
  );
}

/** Pagefind names each page's fragment file by the page's id, and the fragment holds the page's URL. */
function pagefindIdsByUrl(pagefindDir: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of readdirSync(join(pagefindDir, 'fragment'))) {
    const text = gunzipSync(readFileSync(join(pagefindDir, 'fragment', file))).toString('utf8');
    const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    ids.set(url, file.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}

const INDEXER_STOPPED =
  'search index: Pagefind 的索引进程没有写完就退出了（常见原因是内存不足），没有生成搜索索引 / Pagefind’s indexer stopped before the index was written (most often out of memory); no search index was written';

async function writePagefindIndex(documents: readonly SearchDocument[], pagefindDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const { url, content, meta, filters } of documents) {
    // 'en' keeps Pagefind from re-segmenting the tokens; it has no effect on CJK characters otherwise.
    const added = await index.addCustomRecord({ url, content, language: 'en', meta, filters });
    if (added.errors.length > 0) throw new Error(`Pagefind ${url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: pagefindDir });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
}

export async function writeSearchIndex(root: string, outDir: string): Promise<{ pages: number }> {
  const documents = searchDocuments(root);
  const pagefindDir = `${outDir}/pagefind`;
  // Pagefind adds to what is there; a fragment left from an earlier index would be published and named in the date order.
  rmSync(pagefindDir, { recursive: true, force: true });
  await failIfStalled(writePagefindIndex(documents, pagefindDir), INDEXER_STOPPED);
  writeJson(outDir, DATE_ORDER_FILE, newestFirstIds(documents, pagefindIdsByUrl(pagefindDir)));
  writeJson(outDir, FOLD_MAP_FILE, foldMapFor(documents.map((doc) => doc.text).join('')));
  writeVocabulary(root, outDir);
  return { pages: documents.length };
}

export function searchIndex(): AstroIntegration {
  let root = '';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The scale benchmark times indexing as its own stage (scripts/search-index.ts).
        if (process.env.BUILD_SEARCH_INDEX === '0') return;
        const { pages } = await writeSearchIndex(root, fileURLToPath(dir).replace(/\/$/, ''));
        logger.info(`indexed ${pages} entries for search`);
      },
    },
  };
}
