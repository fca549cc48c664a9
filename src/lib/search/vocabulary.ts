/**
 * What search knows about the corpus's language, built at index time and loaded by the search page
 * only when a query needs it: the corpus's own words (for splitting a question), the editors'
 * synonym groups, and the pinyin of names and titles (for queries typed in Latin letters).
 */
import { pinyin } from 'pinyin-pro';
import type { Corpus } from '../corpus.ts';
import { factTexts } from '../entry-facts.ts';
import { taxonLabel } from '../taxon-labels.ts';
import { type FoldMap, foldText } from './fold.ts';
import { PINYIN_SHARDS, pinyinShardsOf } from './pinyin-match.ts';
import { WORD_RUN } from './tokens.ts';

/** Longer runs of a title or fact are phrases, not words a question would contain whole. */
const LONGEST_WORD = 6;

/** Loaded when a term is not found whole: the words a question is split by, and the titles a typo is corrected to. */
export interface WordsFile {
  words: string[];
  titles: string[];
}

/** Loaded with the first query: small, and it decides which other searches a query needs. */
export interface TermsFile {
  documents: number;
  synonyms: string[][];
  /** How many files the words are split into (word-shards.ts). */
  wordShards: number;
}

/** Loaded for a query in Latin letters: [full pinyin, initials (people only), the name or title], in files by their first letters (pinyin-match.ts). */
export interface PinyinFile {
  entries: [string, string, string][];
}

/** Every file, empty ones too, so that no query asks for a file that is not there. */
export function pinyinShards(file: PinyinFile): PinyinFile[] {
  const shards = Array.from({ length: PINYIN_SHARDS }, (): PinyinFile => ({ entries: [] }));
  for (const entry of file.entries) for (const shard of pinyinShardsOf(entry)) shards[shard]!.entries.push(entry);
  return shards;
}

const runsOf = (text: string, map: FoldMap) => foldText(text, map).match(WORD_RUN) ?? [];

export function searchWords(corpus: Corpus, synonyms: readonly string[][], map: FoldMap): WordsFile {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const run of runsOf(text, map)) if ([...run].length >= 2 && [...run].length <= LONGEST_WORD) words.add(run);
  };
  for (const entry of corpus.all) {
    add(entry.title);
    for (const text of factTexts(entry)) add(text);
    for (const code of entry.industries) add(taxonLabel('industries', code));
    for (const code of entry.regions) add(taxonLabel('regions', code));
  }
  for (const term of synonyms.flat()) words.add(foldText(term, map));
  const titles = new Set(corpus.all.map((entry) => runsOf(entry.title, map).join('')));
  return { words: [...words].sort(), titles: [...titles].sort() };
}

export function searchTerms(corpus: Corpus, synonyms: readonly string[][], map: FoldMap, wordShards: number): TermsFile {
  return { documents: corpus.all.length, synonyms: synonyms.map((group) => group.map((term) => foldText(term, map))), wordShards };
}

const syllablesOf = (text: string, surname: 'head' | 'off') =>
  pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true, surname }).map((syllable) => syllable.toLowerCase().replace(/[^a-z0-9]/g, ''));

/**
 * Names and titles, and the editors' synonym terms (the topics people type: jitixieshang for 集体协商).
 * Person names read their surname as a surname (单 shàn, 解 xiè, 曾 zēng, 区 ōu).
 */
export function searchPinyin(corpus: Corpus, synonyms: readonly string[][], map: FoldMap): PinyinFile {
  const entries = corpus.all.map((entry): [string, string, string] => {
    const title = runsOf(entry.title, map).join('');
    const syllables = syllablesOf(title, entry.kind === 'experts' ? 'head' : 'off');
    // Initials are typed for names (xbd), hardly for long titles: those keep the bytes.
    const initials = entry.kind === 'experts' ? syllables.map((syllable) => syllable[0] ?? '').join('') : '';
    return [syllables.join(''), initials, title];
  });
  const titles = new Set(entries.map(([, , title]) => title));
  const topics = [...new Set(synonyms.flat().map((term) => foldText(term, map)))]
    .filter((term) => !titles.has(term) && /\p{Script=Han}/u.test(term))
    .map((term): [string, string, string] => [syllablesOf(term, 'off').join(''), '', term]);
  return { entries: [...entries, ...topics] };
}
