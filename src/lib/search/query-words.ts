/**
 * Words from a question: a term that does not occur as a whole is split into the words a person
 * meant, first by the corpus's own vocabulary (longest word first), the rest by the browser's word
 * segmenter, and question and filler words are dropped. Browser-safe; the segmenter is passed in.
 */
import { STOP_WORDS } from './stop-words.ts';

export type Segment = (text: string) => string[];

export interface Dictionary {
  words: ReadonlySet<string>;
  longest: number;
}

export function dictionaryOf(words: readonly string[]): Dictionary {
  return { words: new Set(words), longest: Math.max(0, ...words.map((word) => [...word].length)) };
}

/** The browser's (and Node's) ICU word segmenter for Chinese. */
export const intlSegment: Segment = (text) => {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((part) => part.isWordLike).map((part) => part.segment);
};

function longestWordAt(chars: readonly string[], start: number, dictionary: Dictionary): string | undefined {
  for (let length = Math.min(dictionary.longest, chars.length - start); length >= 2; length--) {
    const candidate = chars.slice(start, start + length).join('');
    if (dictionary.words.has(candidate)) return candidate;
  }
  return undefined;
}

/** A single character says too little to search for; a stop word says nothing. */
const meaningful = (word: string) => [...word].length >= 2 && !STOP_WORDS.has(word);

export function questionWords(term: string, dictionary: Dictionary, segment: Segment): string[] {
  const chars = [...term];
  const words: string[] = [];
  let rest = '';
  const flushRest = () => {
    if (rest) words.push(...segment(rest));
    rest = '';
  };
  for (let index = 0; index < chars.length; ) {
    const word = longestWordAt(chars, index, dictionary);
    if (word && !STOP_WORDS.has(word)) {
      flushRest();
      words.push(word);
      index += [...word].length;
    } else {
      rest += chars[index];
      index++;
    }
  }
  flushRest();
  return [...new Set(words.filter(meaningful))];
}
