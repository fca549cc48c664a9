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

const NUMERAL = /^[一二三四五六七八九十两几半百千万]/u;
const CLASSIFIER = /[天头班堂块路个次种些下点年月批家位座道遍回起番趟阵套项条]$/u;

/**
 * Words the segmenter makes of function characters (都要, 也能, 想把) or of a number and its
 * classifier (三天, 一堂) say nothing about the topic. Only the segmenter's words are judged so:
 * the corpus's own vocabulary (人才, 五小) is kept as the editors wrote it.
 */
const fillerWord = (word: string) => {
  const chars = [...word];
  return chars.every((char) => STOP_WORDS.has(char)) || (chars.length === 2 && NUMERAL.test(word) && CLASSIFIER.test(word));
};

/**
 * ICU's dictionary lacks many everyday and trade words and splits them into single characters
 * (面|馆, 粉|尘, 钢|桥); each pair of neighbouring characters that are not stop words is kept as a
 * possible word, since a pair that is no word matches nothing. Pairs are guesses, so they go to
 * `pairs`, after the words, where a long question's limit on searches cuts them first.
 */
function segmentWords(text: string, segment: Segment, pairs: string[]): string[] {
  const words: string[] = [];
  let singles: string[] = [];
  const flushSingles = () => {
    for (let index = 0; index + 1 < singles.length; index++) pairs.push(`${singles[index]}${singles[index + 1]}`);
    singles = [];
  };
  for (const part of segment(text)) {
    if ([...part].length === 1 && !STOP_WORDS.has(part)) singles.push(part);
    else {
      flushSingles();
      words.push(part);
    }
  }
  flushSingles();
  return words.filter((word) => !fillerWord(word));
}

/** A term's words, and the character pairs guessed to be words (see segmentWords). */
export function splitQuestion(term: string, dictionary: Dictionary, segment: Segment): { words: string[]; guesses: string[] } {
  const chars = [...term];
  const words: string[] = [];
  const pairs: string[] = [];
  let rest = '';
  const flushRest = () => {
    if (rest) words.push(...segmentWords(rest, segment, pairs));
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
  return { words: words.filter(meaningful), guesses: pairs.filter((pair) => meaningful(pair) && !fillerWord(pair)) };
}

export function questionWords(term: string, dictionary: Dictionary, segment: Segment): string[] {
  const { words, guesses } = splitQuestion(term, dictionary, segment);
  return [...new Set([...words, ...guesses])];
}
