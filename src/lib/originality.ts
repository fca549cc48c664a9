/**
 * Our entries carry the sources' facts in our own words. This finds the runs of characters an entry
 * shares with a source article, so a test can hold every entry under a limit: official names and
 * titles (an allow-list) and quotations marked as such do not count, and whitespace, character width
 * and quote styles are normalised first, as the same sentence can be laid out differently.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { kinds } from '../schema/index.ts';
import type { ContentEntry } from './corpus.ts';
import { markdownText } from './markdown-text.ts';

/** The longest run an entry may share with a source: longer ones are copied prose. */
export const LONGEST_SHARED_RUN = 14;

/** The source articles sit beside the repository, as CI lays them out. */
export const sourcesFolder = (root: string) => join(root, '../shared/seeds');

export const loadSources = (folder: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));

/** Official names and titles that entries may write as the sources do: content/official-names.yaml. */
export const loadOfficialNames = (root: string): string[] => (parse(readFileSync(join(root, 'content/official-names.yaml'), 'utf8')) as string[] | null) ?? [];

/** Where a run is cut: allowed names and quotations are replaced by it, so no run crosses them. */
const CUT = '\u0000';

/** NFKC folds full-width letters, digits and punctuation; quotes of every style become one. */
export function normaliseForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[“”„‟「」『』"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/\s+/g, '');
}

/** Cuts out every allowed phrase: official names and titles may be written as the source writes them. */
export function cutAllowed(text: string, allowed: readonly string[]): string {
  let result = text;
  for (const phrase of [...allowed].sort((a, b) => b.length - a.length)) result = result.split(phrase).join(CUT);
  return result;
}

/** Cuts out quotations: reported speech is marked, and repeated as said. */
export const cutQuotations = (text: string) => text.replace(/"[^"]*"/g, CUT);

/** A suffix automaton of one text: answers, in one pass over another text, how long a run of it ends at each position. */
export class SharedRuns {
  private readonly next: Map<string, number>[] = [new Map()];
  private readonly link: number[] = [-1];
  private readonly length: number[] = [0];

  constructor(text: string) {
    // Cut marks stay in as ordinary characters: no run of another text crosses one (see runsIn).
    let last = 0;
    for (const char of text) last = this.extend(last, char);
  }

  private extend(last: number, char: string): number {
    const current = this.length.push(this.length[last]! + 1) - 1;
    this.next.push(new Map());
    this.link.push(0);
    let state = last;
    while (state !== -1 && !this.next[state]!.has(char)) {
      this.next[state]!.set(char, current);
      state = this.link[state]!;
    }
    if (state !== -1) {
      const target = this.next[state]!.get(char)!;
      if (this.length[state]! + 1 === this.length[target]) this.link[current] = target;
      else {
        const clone = this.length.push(this.length[state]! + 1) - 1;
        this.next.push(new Map(this.next[target]));
        this.link.push(this.link[target]!);
        while (state !== -1 && this.next[state]!.get(char) === target) {
          this.next[state]!.set(char, clone);
          state = this.link[state]!;
        }
        this.link[target] = clone;
        this.link[current] = clone;
      }
    }
    return current;
  }

  /** The maximal runs of `text` of at least `minimum` characters that also occur in this automaton's text. */
  runsIn(text: string, minimum: number): string[] {
    const chars = [...text];
    const lengths: number[] = [];
    let state = 0;
    let matched = 0;
    for (const char of chars) {
      while (state !== 0 && !this.next[state]!.has(char)) {
        state = this.link[state]!;
        matched = this.length[state]!;
      }
      const target = this.next[state]!.get(char);
      if (target === undefined || char === CUT) {
        state = 0;
        matched = 0;
      } else {
        state = target;
        matched++;
      }
      lengths.push(matched);
    }
    const runs: string[] = [];
    lengths.forEach((run, end) => {
      const extendsFurther = end + 1 < lengths.length && lengths[end + 1]! > run;
      if (run >= minimum && !extendsFurther) runs.push(chars.slice(end - run + 1, end + 1).join(''));
    });
    return runs;
  }
}

/** Fields that are not the entry's own prose: its citations, codes and date (names and ids are skipped per kind). */
const NOT_PROSE = new Set(['sources', 'industries', 'regions', 'date']);

/** What a reader reads as the entry's own words: summary, body and text fields; not its name, ids, codes or citations. */
export function ownWords(entry: ContentEntry): string[] {
  const definition = kinds[entry.kind];
  const skipped = new Set<string>([...NOT_PROSE, definition.titleField, ...Object.keys(definition.references)]);
  const fields = Object.entries(entry.data)
    .filter(([field]) => !skipped.has(field))
    .flatMap(([, value]): unknown[] => (Array.isArray(value) ? value : [value]))
    .filter((value): value is string => typeof value === 'string');
  return [...fields, markdownText(entry.body)];
}

export interface CopiedRun {
  /** The entry's file, relative to the project root. */
  file: string;
  /** The source article's file name. */
  source: string;
  run: string;
}

/** Every run longer than `longest` characters that an entry shares with a source, allowed names and quotations apart. */
export function copiedRuns(options: {
  entries: readonly ContentEntry[];
  sources: readonly { name: string; text: string }[];
  allowed: readonly string[];
  longest: number;
}): CopiedRun[] {
  const allowed = options.allowed.map(normaliseForComparison);
  const sources = options.sources.map(({ name, text }) => ({ name, runs: new SharedRuns(cutAllowed(normaliseForComparison(text), allowed)) }));
  return options.entries.flatMap((entry) => {
    const words = ownWords(entry)
      .map((text) => cutAllowed(cutQuotations(normaliseForComparison(text)), allowed))
      .join(CUT);
    return sources.flatMap(({ name, runs }) =>
      [...new Set(runs.runsIn(words, options.longest + 1))].map((run) => ({ file: `content/${entry.kind}/${entry.id}.md`, source: name, run })),
    );
  });
}
