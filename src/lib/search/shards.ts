/**
 * The search index in newest-first shards. One Pagefind index over every entry makes each search
 * download a page table and posting lists for the whole site (371 KB for a first query at 20,000
 * entries, most of it growing with the site) and makes the indexer hold the whole site in memory.
 * Instead the newest SHARD_SIZE entries are the index the search page loads first, and each further
 * SHARD_SIZE entries an index of their own, merged in (Pagefind's mergeIndex) when a search needs
 * them. Each shard is indexed under its own language tag, so Pagefind's page ids, which are a
 * language and a short hash, can never collide across shards. Browser-safe.
 */

/** Entries per shard: the first query at 20,000 entries stays under 200 KB, and one shard's indexer well under 4 GB. */
export const SHARD_SIZE = 5000;

/** The shards after the first, for the search page: small, fetched with Pagefind. */
export const SHARDS_FILE = 'pagefind/shards.json';

/**
 * Where the older shards live, each in a directory named by its Pagefind index hash: a shard whose
 * entries did not change keeps its name, so a deploy uploads it once and caches keep it for good.
 */
export const SHARDS_DIRECTORY = 'pagefind/shards/';

export interface OlderShard {
  /** From the site root, as the browser asks for it: "/pagefind/shards/en-s1_937275a53688f/". */
  path: string;
  entries: number;
}

export interface ShardsFile {
  /** Entries in all shards together. */
  entries: number;
  /** Entries in the first shard, the one Pagefind loads on its own from pagefind/. */
  first: number;
  /** The other shards, newest first. */
  more: OlderShard[];
}

/** The older shard's directory under the site root, from its Pagefind index hash. */
export const olderShardDirectory = (indexHash: string) => `${SHARDS_DIRECTORY}${indexHash}/`;

/** Pagefind's language tag for a shard's pages: English rules (no word splitting of our tokens), a distinct id prefix. */
export const shardLanguage = (shard: number) => (shard === 0 ? 'en' : `en-s${shard}`);

/** The items cut into runs of at most size, in their order. */
export function shardsOf<T>(items: readonly T[], size = SHARD_SIZE): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`search index: a shard holds at least one entry, not ${size}`);
  const shards: T[][] = [];
  for (let start = 0; start < items.length; start += size) shards.push(items.slice(start, start + size));
  return shards.length > 0 ? shards : [[]];
}

export const shardsFile = (first: number, more: readonly OlderShard[]): ShardsFile => ({
  entries: more.reduce((sum, shard) => sum + shard.entries, first),
  first,
  more: [...more],
});
