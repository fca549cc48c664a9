/**
 * Suggests a file id for a Chinese name or title: pinyin without tones,
 * surname apart from given name for people (夏伯党 → xia-bodang), one word per
 * syllable otherwise, kept short.
 */
import { pinyin } from 'pinyin-pro';

const MAX_SYLLABLES = 8;

export function suggestId(text: string, person: boolean): string {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((syllable) => syllable.toLowerCase().replace(/[^a-z0-9]+/g, ''))
    .filter(Boolean);
  if (person && syllables.length >= 2 && syllables.length <= 4) return `${syllables[0]}-${syllables.slice(1).join('')}`;
  return syllables.slice(0, MAX_SYLLABLES).join('-');
}
