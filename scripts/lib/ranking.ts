/**
 * Ranking quality against a hand-written set (test/fixtures/search-ranking.yaml):
 * for each query, the entries a person would want and how high the first of
 * them must rank. Scores hit@k and mean reciprocal rank per group and overall.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const WITHIN = [1, 3, 5] as const;

export interface RankingQuery {
  group: string;
  q: string;
  /** Wanted entries as kind/id, the way the fixture names them. */
  want: string[];
  within: (typeof WITHIN)[number];
  /** A finder problem's chosen place (GB/T 2260), if the person would pick one. */
  region?: string;
}

export interface RankingScore {
  queries: number;
  hits: number;
  /** Share of queries whose first wanted entry ranks within their `within`, 0…1. */
  hitRate: number;
  mrr: number;
}

export interface RankingReport {
  groups: { group: string; score: RankingScore }[];
  /** Over all queries, so a large group weighs more. */
  overall: RankingScore;
  /** Each group weighs the same, so a small group's regressions still show. */
  macro: { hitRate: number; mrr: number };
}

const ENTRY_REF = /^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ITEM_KEYS = new Set(['q', 'want', 'within']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseItem(group: string, index: number, item: unknown): RankingQuery {
  const where = isRecord(item) && typeof item.q === 'string' ? `${group}[${index}] "${item.q}"` : `${group}[${index}]`;
  const fail = (problem: string) => new Error(`search ranking set: ${where}: ${problem}`);
  if (!isRecord(item)) throw fail('must be a mapping with q, want and within');
  const unknown = Object.keys(item).filter((key) => !ITEM_KEYS.has(key));
  if (unknown.length > 0) throw fail(`unknown key ${unknown.join(', ')}`);
  const { q, want, within } = item;
  if (typeof q !== 'string' || q.trim() === '') throw fail('q must be a non-empty string');
  if (!Array.isArray(want) || want.length === 0) throw fail('want must be a non-empty list of kind/id');
  const bad = want.filter((ref) => typeof ref !== 'string' || !ENTRY_REF.test(ref));
  if (bad.length > 0) throw fail(`want holds ${bad.map((ref) => JSON.stringify(ref)).join(', ')}, not kind/id`);
  if (!WITHIN.includes(within as RankingQuery['within'])) throw fail(`within must be one of ${WITHIN.join(', ')}, not ${JSON.stringify(within)}`);
  return { group, q, want: want as string[], within: within as RankingQuery['within'] };
}

/** Parses and checks the ranking set; errors name the group, position and query. */
export function parseRankingSet(text: string): RankingQuery[] {
  const data: unknown = parse(text);
  if (!isRecord(data)) throw new Error('search ranking set: must be a mapping of group name to a list of queries');
  return Object.entries(data).flatMap(([group, items]) => {
    if (!Array.isArray(items) || items.length === 0) throw new Error(`search ranking set: group ${group} must be a non-empty list of queries`);
    return items.map((item, index) => parseItem(group, index, item));
  });
}

export const loadRankingSet = (path: string) => parseRankingSet(readFileSync(path, 'utf8'));

/** A hit for 找专家 is any wanted person or team among the first three. */
const FINDER_WITHIN = 3;

/**
 * The finder set (test/fixtures/find-problems.yaml): a list of problems, each with the people and
 * teams that have solved it and optionally the place the person would pick.
 */
export function parseFinderSet(text: string): RankingQuery[] {
  const data: unknown = parse(text);
  if (!Array.isArray(data) || data.length === 0) throw new Error('finder set: must be a non-empty list of { q, want, region? }');
  return data.map((item, index) => {
    if (!isRecord(item)) throw new Error(`finder set: [${index}] must be a mapping with q and want`);
    const { region, ...rest } = item;
    if (region !== undefined && (typeof region !== 'string' || !/^\d{6}$/.test(region)))
      throw new Error(`finder set: [${index}] "${String(item.q)}": region must be a six-digit code`);
    const query = parseItem('finder', index, { ...rest, within: FINDER_WITHIN });
    return region === undefined ? query : { ...query, region };
  });
}

export const loadFinderSet = (path: string) => parseFinderSet(readFileSync(path, 'utf8'));

/** The URL path of an entry the fixture names as kind/id. */
export const entryPath = (ref: string) => `/${ref}/`;

/** Result URLs as one form of path, whether a search gives /x/y/, /x/y/index.html or a full URL. */
export function resultPath(url: string): string {
  const path = new URL(url, 'http://x').pathname.replace(/\/index\.html$/, '/');
  return path.endsWith('/') ? path : `${path}/`;
}

/** Wanted entries that do not exist, which would otherwise only show as permanent misses. */
export function unknownWanted(queries: readonly RankingQuery[], exists: (path: string) => boolean): { q: string; ref: string }[] {
  return queries.flatMap(({ q, want }) => want.filter((ref) => !exists(entryPath(ref))).map((ref) => ({ q, ref })));
}

/** The 1-based rank of the first wanted entry among the returned paths, or undefined when none came back. */
export function firstWantedRank(query: RankingQuery, returned: readonly string[]): number | undefined {
  const wanted = new Set(query.want.map(entryPath));
  const index = returned.findIndex((path) => wanted.has(path));
  return index === -1 ? undefined : index + 1;
}

export function isHit(query: RankingQuery, returned: readonly string[]): boolean {
  const rank = firstWantedRank(query, returned);
  return rank !== undefined && rank <= query.within;
}

const reciprocalRank = (query: RankingQuery, returned: readonly string[]) => {
  const rank = firstWantedRank(query, returned);
  return rank === undefined ? 0 : 1 / rank;
};

function scoreQueries(queries: readonly RankingQuery[], results: (query: RankingQuery) => readonly string[]): RankingScore {
  const hits = queries.filter((query) => isHit(query, results(query))).length;
  const reciprocal = queries.reduce((sum, query) => sum + reciprocalRank(query, results(query)), 0);
  return {
    queries: queries.length,
    hits,
    hitRate: queries.length === 0 ? 0 : hits / queries.length,
    mrr: queries.length === 0 ? 0 : reciprocal / queries.length,
  };
}

/** Scores each group, in the order the set lists them, and the whole set. A query with no results scores a miss. */
export function scoreRanking(queries: readonly RankingQuery[], results: ReadonlyMap<RankingQuery, readonly string[]>): RankingReport {
  const returned = (query: RankingQuery) => results.get(query) ?? [];
  const groups = [...new Set(queries.map((query) => query.group))].map((group) => ({
    group,
    score: scoreQueries(
      queries.filter((query) => query.group === group),
      returned,
    ),
  }));
  const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);
  return {
    groups,
    overall: scoreQueries(queries, returned),
    macro: { hitRate: mean(groups.map(({ score }) => score.hitRate)), mrr: mean(groups.map(({ score }) => score.mrr)) },
  };
}
