/**
 * Builds the Pagefind index after Astro has written the site. Entries are
 * indexed as custom records of folded character bigrams (see lib/search/tokens)
 * instead of Pagefind reading the HTML, because Pagefind's Chinese word
 * segmentation misses words it does not know and matches stray characters.
 */

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { Corpus, CorpusEntry } from '../lib/corpus.ts';
import { FINDER_DIRECTORY } from '../lib/find/finder-index.ts';
import { markdownText } from '../lib/markdown-text.ts';
import { DATE_ORDER_NAME, newestFirstIds, newestFirstPages } from '../lib/search/date-order.ts';
import { type SearchDocument, searchDocument } from '../lib/search/document.ts';
import type { FoldMap } from '../lib/search/fold.ts';
import { pinyinShardPath } from '../lib/search/pinyin-match.ts';
import { type OlderShard, olderShardDirectory, SHARD_SIZE, SHARDS_FILE, shardLanguage, shardsFile, shardsOf } from '../lib/search/shards.ts';
import { FOLD_MAP_FILE, SEARCH_TERMS_FILE } from '../lib/search/site-files.ts';
import { parseSynonyms, SYNONYMS_FILE } from '../lib/search/synonyms.ts';
import { pinyinShards, searchPinyin, searchTerms, searchWords } from '../lib/search/vocabulary.ts';
import { wordShardCount, wordShardPath, wordShards } from '../lib/search/word-shards.ts';
import { foldMapFor, traditionalToSimplifiedMap } from '../lib/text-fold.ts';
import { loadSiteContent } from '../site/content.ts';
import { cachedFinderFiles } from './finder-cache.ts';
import { linkFiles } from './linked-files.ts';
import { failIfStalled } from './stalled.ts';
import { workerResult } from './worker-result.ts';

/** Each entry's body as plain text, read once for the search documents and 找专家 (3 s at 20,000 entries). */
const bodyTexts = (corpus: Corpus) => new Map(corpus.all.map((entry) => [entry, markdownText(entry.body)]));

const documentsOf = (corpus: Corpus, texts: ReadonlyMap<CorpusEntry, string>, foldMap: FoldMap) =>
  corpus.all.map((entry) => searchDocument(corpus, entry, texts.get(entry)!, foldMap));

/** The search documents of the content under root, as the index holds them. */
export function searchDocuments(root: string): SearchDocument[] {
  const { corpus } = loadSiteContent(root);
  return documentsOf(corpus, bodyTexts(corpus), traditionalToSimplifiedMap());
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

/** The search page's dictionary, synonyms and pinyin, by file. */
function vocabularyFiles(root: string, corpus: Corpus, foldMap: FoldMap): [file: string, value: unknown][] {
  const synonyms = loadSynonyms(root);
  const words = searchWords(corpus, synonyms, foldMap);
  const wordFiles = wordShardCount(words);
  return [
    [SEARCH_TERMS_FILE, searchTerms(corpus, synonyms, foldMap, wordFiles)],
    ...wordShards(words, wordFiles).map((shard, index): [string, unknown] => [wordShardPath(index), shard]),
    ...pinyinShards(searchPinyin(corpus, synonyms, foldMap)).map((shard, index): [string, unknown] => [pinyinShardPath(index), shard]),
  ];
}

/**
 * Pagefind copies each record's indexed content into the page's fragment, for excerpts it would cut;
 * ours is the bigram tokens, about three times the text, and the cards cut their excerpts from the
 * meta text. Emptied, a result downloads half the bytes. Pagefind names each fragment file by the
 * page's id and the fragment holds the page's URL: the ids are read in the same pass.
 */
function slimFragments(shardDir: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of readdirSync(join(shardDir, 'fragment'))) {
    const path = join(shardDir, 'fragment', file);
    const text = gunzipSync(readFileSync(path)).toString('utf8');
    const start = text.indexOf('{');
    const fragment = JSON.parse(text.slice(start)) as { url: string; content: string };
    fragment.content = '';
    writeFileSync(path, gzipSync(text.slice(0, start) + JSON.stringify(fragment), { level: 9 }));
    ids.set(fragment.url, file.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}

const INDEXER_STOPPED =
  'search index: Pagefind 的索引进程没有写完就退出了（常见原因是内存不足），没有生成搜索索引 / Pagefind’s indexer stopped before the index was written (most often out of memory); no search index was written';

/** What a merged shard needs: the search page loads Pagefind's script, worker and wasm from the first shard only. */
const MERGED_SHARD_FILES = new Set(['pagefind-entry.json', 'fragment', 'index', 'filter', DATE_ORDER_NAME]);

async function writePagefindShard(documents: readonly SearchDocument[], shard: number, dir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  // All at once: the indexer answers in order, and one round trip per record waits on a busy event loop each time.
  const added = await Promise.all(
    documents.map(({ url, content, meta, filters }) => index.addCustomRecord({ url, content, language: shardLanguage(shard), meta, filters })),
  );
  for (const [position, { errors }] of added.entries()) if (errors.length > 0) throw new Error(`Pagefind ${documents[position]!.url}: ${errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: dir });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  // The indexer keeps an index until told: one shard at a time in memory.
  await index.deleteIndex();
  if (shard > 0)
    for (const file of readdirSync(dir)) if (!MERGED_SHARD_FILES.has(file) && !file.endsWith('.pf_meta')) rmSync(join(dir, file), { recursive: true });
  writeFileSync(join(dir, DATE_ORDER_NAME), JSON.stringify(newestFirstIds(documents, slimFragments(dir))));
}

/** A new Pagefind may write other files for the same documents. */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

/** Named in the shard key: a shard cached before fragments were slimmed is indexed again. */
const FRAGMENT_FORMAT = 'without-content';

/**
 * Everything a shard's files depend on: the same key, the same files (Pagefind's output is deterministic).
 * Hashed a document at a time, each one a self-delimiting JSON array: one string of a whole shard took
 * five times as long (1.3 s for 20,000 entries).
 */
function shardKey(documents: readonly SearchDocument[], shard: number): string {
  const hash = createHash('sha256').update(JSON.stringify([PAGEFIND_VERSION, FRAGMENT_FORMAT, shard]));
  for (const { url, content, meta, filters } of documents) hash.update(JSON.stringify([url, content, meta, filters]));
  return hash.digest('hex').slice(0, 32);
}

/**
 * Each shard's files, indexed into the cache unless the same documents were indexed before: editing
 * one entry re-indexes its shard only. Written under a temporary name and renamed, so a stopped
 * build never leaves a half-written shard that a later build would take for whole.
 */
async function indexedShards(shards: readonly (readonly SearchDocument[])[], cacheDir: string): Promise<string[]> {
  const dirs: string[] = [];
  for (const [shard, documents] of shards.entries()) {
    const dir = join(cacheDir, shardKey(documents, shard));
    if (!existsSync(dir)) {
      const writing = `${dir}.writing`;
      rmSync(writing, { recursive: true, force: true });
      await writePagefindShard(documents, shard, writing);
      renameSync(writing, dir);
    }
    dirs.push(dir);
  }
  await pagefind.close();
  // Shards of earlier content are not needed again.
  const earlier = readdirSync(cacheDir).filter((name) => !dirs.includes(join(cacheDir, name)));
  await Promise.all(earlier.map((name) => rm(join(cacheDir, name), { recursive: true, force: true })));
  return dirs;
}

/** An older shard's directory on the site is named by its Pagefind index hash (lib/search/shards.ts). */
function olderShardFrom(dir: string, shard: number): string {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  return olderShardDirectory(entry.languages[shardLanguage(shard)]!.hash);
}

export interface SearchIndexOptions {
  shardSize?: number;
  /** Where indexed shards are kept between builds. */
  cacheDir?: string;
}

/**
 * The index in the cache, and what publishing it needs: not the documents, which the build can let
 * go of while it renders (at 100,000 entries they hold hundreds of megabytes).
 */
export interface IndexedShards {
  pages: number;
  /** Each shard's entries and directory, newest first. */
  shards: { entries: number; dir: string }[];
  foldMap: FoldMap;
  /** 找专家's files, in the cache beside the shards. */
  finderDir: string;
  /** The search page's dictionary, synonyms and pinyin, by file. */
  vocabulary: [file: string, value: unknown][];
}

/** The part of the index that reads the content only, not the built pages. */
export async function indexSearchShards(root: string, corpus: Corpus, options: SearchIndexOptions = {}): Promise<IndexedShards> {
  const { shardSize = SHARD_SIZE, cacheDir = join(root, '.astro/cache/search-shards') } = options;
  const texts = bodyTexts(corpus);
  const foldMap = traditionalToSimplifiedMap();
  const documents = documentsOf(corpus, texts, foldMap);
  const shards = shardsOf(newestFirstPages(documents), shardSize);
  mkdirSync(cacheDir, { recursive: true });
  // Pagefind's indexer starts first: 找专家's files and the vocabulary are worked out on this thread while it works.
  const indexing = failIfStalled(indexedShards(shards, cacheDir), INDEXER_STOPPED);
  const finderDir = await cachedFinderFiles(corpus, (entry) => texts.get(entry)!, foldMap, join(dirname(cacheDir), 'finder'));
  const vocabulary = vocabularyFiles(root, corpus, foldMap);
  const dirs = await indexing;
  return {
    pages: documents.length,
    shards: shards.map((shard, index) => ({ entries: shard.length, dir: dirs[index]! })),
    foldMap: foldMapFor(documents.map((doc) => doc.text).join('')),
    finderDir,
    vocabulary,
  };
}

/** Links the indexed shards and 找专家's files into the site and writes the files the search page reads beside them. */
export function publishSearchIndex(outDir: string, { pages, shards, foldMap, finderDir, vocabulary }: IndexedShards): { pages: number; shards: number } {
  const [first, ...rest] = shards;
  const older = rest.map(({ entries, dir }, index): OlderShard => ({ path: `/${olderShardFrom(dir, index + 1)}`, entries }));
  // Exactly the shards' files: one left from an earlier index would be published, and our own files are written anew below.
  linkFiles(join(outDir, 'pagefind'), [
    { from: first!.dir, to: '' },
    ...older.map((shard, index) => ({ from: rest[index]!.dir, to: relative('/pagefind', shard.path) })),
    { from: finderDir, to: relative('pagefind', FINDER_DIRECTORY) },
  ]);
  writeJson(outDir, SHARDS_FILE, shardsFile(first!.entries, older));
  writeJson(outDir, FOLD_MAP_FILE, foldMap);
  for (const [file, value] of vocabulary) writeJson(outDir, file, value);
  return { pages, shards: shards.length };
}

export async function writeSearchIndex(root: string, outDir: string, options: SearchIndexOptions = {}): Promise<{ pages: number; shards: number }> {
  return publishSearchIndex(outDir, await indexSearchShards(root, loadSiteContent(root).corpus, options));
}

/** What search-index-worker.ts is given: the corpus the main thread has read and checked. */
export interface IndexWorkerInput {
  root: string;
  cacheDir: string;
  entries: CorpusEntry[];
}

export function searchIndex(): AstroIntegration {
  let indexing: Promise<IndexedShards> | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        // The scale benchmark times indexing as its own stage (scripts/search-index.ts).
        if (command !== 'build' || process.env.BUILD_SEARCH_INDEX === '0') return;
        const root = fileURLToPath(config.root);
        // The index reads the content, which the content guard has checked by now (its setup runs first), not
        // the pages: it is worked out on the second core while Astro prepares and renders them.
        const input: IndexWorkerInput = { root, cacheDir: join(fileURLToPath(config.cacheDir), 'search-shards'), entries: loadSiteContent(root).corpus.all };
        indexing = workerResult<IndexedShards>(new URL('./search-index-worker.ts', import.meta.url), input, INDEXER_STOPPED);
        // Its failure is reported where it is awaited, when the pages are written.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexing) return;
        const { pages, shards } = publishSearchIndex(fileURLToPath(dir).replace(/\/$/, ''), await indexing);
        logger.info(`indexed ${pages} entries for search in ${shards} shard(s)`);
      },
    },
  };
}
