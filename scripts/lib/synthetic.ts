/**
 * Synthetic corpora for the scale benchmark: N entries of all four kinds in
 * the real corpus's proportions, with text drawn from a character model of the
 * real entries (so segment lengths, character frequencies and punctuation look
 * like ours), valid codes, resolvable references, deterministic from a seed.
 */
import { CONTENT_KINDS, type ContentKind, kinds, NEED_STATUSES, TEAM_TYPES } from '../../src/schema/index.ts';

export interface SampleEntry {
  kind: ContentKind;
  data: Record<string, unknown>;
  body: string;
}

/** mulberry32: small, fast and deterministic. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** An order-1 character model: after each character, the characters that followed it in the samples. */
export class CharacterModel {
  readonly #next = new Map<string, string[]>();
  readonly #starts: string[] = [];

  constructor(texts: readonly string[]) {
    for (const text of texts) {
      const chars = [...text.replace(/\s+/g, '')];
      if (chars[0]) this.#starts.push(chars[0]);
      chars.forEach((char, index) => {
        const following = chars[index + 1];
        if (!following) return;
        const list = this.#next.get(char) ?? [];
        list.push(following);
        this.#next.set(char, list);
      });
    }
  }

  text(rand: () => number, length: number): string {
    let char = pick(rand, this.#starts);
    let text = char;
    while (text.length < length) {
      const options = this.#next.get(char);
      char = options ? pick(rand, options) : pick(rand, this.#starts);
      text += char;
    }
    return text;
  }
}

export const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

export interface SyntheticOptions {
  count: number;
  seed: number;
  samples: readonly SampleEntry[];
}

export interface SyntheticEntry {
  kind: ContentKind;
  id: string;
  markdown: string;
}

const yamlString = (text: string) => JSON.stringify(text);
const yamlList = (items: readonly string[]) => `[${items.map(yamlString).join(', ')}]`;

export function syntheticCorpus({ count, seed, samples }: SyntheticOptions): SyntheticEntry[] {
  const rand = random(seed);
  const model = new CharacterModel(samples.map((sample) => sample.body));
  const share = (kind: ContentKind) => samples.filter((sample) => sample.kind === kind).length / samples.length;
  // Each kind in the real corpus's proportions, at least one of each kind it has; cases take the rest.
  const counts = Object.fromEntries(CONTENT_KINDS.map((kind) => [kind, share(kind) > 0 ? Math.max(1, Math.round(count * share(kind))) : 0])) as Record<
    ContentKind,
    number
  >;
  counts.cases = count - CONTENT_KINDS.filter((kind) => kind !== 'cases').reduce((sum, kind) => sum + counts[kind], 0);
  const ids = (kind: ContentKind) => Array.from({ length: counts[kind] }, (_, index) => `${kinds[kind].singular}-${index + 1}`);
  const expertIds = ids('experts');
  const methodIds = ids('methods');
  const teamIds = ids('teams');
  const caseIds = ids('cases');
  const bodies = samples.map((sample) => sample.body.length);
  const summaries = samples.map((sample) => String(sample.data.summary ?? '').length || 60);

  return CONTENT_KINDS.flatMap((kind) =>
    ids(kind).map((id, index) => {
      const like = pick(
        rand,
        samples.filter((sample) => sample.kind === kind),
      );
      // Long digit runs could look like phone or ID numbers, which the checker rightly refuses.
      const text = (length: number) => model.text(rand, length).replace(/\d{5,}/g, (digits) => digits.slice(0, 4));
      const some = (list: readonly string[], most: number) => Array.from({ length: 1 + Math.floor(rand() * most) }, () => pick(rand, list));
      const date = `${2015 + Math.floor(rand() * 11)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}`;
      const common = [
        `summary: ${yamlString(text(Math.min(150, pick(rand, summaries))))}`,
        `date: "${date}"`,
        `industries: ${yamlList(like.data.industries as string[])}`,
        `regions: ${yamlList(like.data.regions as string[])}`,
        // A sample whose source gave no code says so, as the checker requires of every entry.
        ...((like.data.industries as string[]).length === 0 || (like.data.regions as string[]).length === 0 ? [`codesNote: ${yamlString(text(20))}`] : []),
      ];
      const specific: Record<ContentKind, string[]> = {
        cases: [
          `title: ${yamlString(`${text(16)}${index + 1}`)}`,
          ...common,
          `experts: ${yamlList([...new Set(some(expertIds, 2))])}`,
          `methods: ${yamlList(rand() < 0.4 ? [pick(rand, methodIds)] : [])}`,
          `organisations: ${yamlList([text(8)])}`,
          `results: ${yamlList([`${text(6)}${Math.floor(rand() * 1000)}万元`])}`,
        ],
        experts: [
          `name: ${yamlString(`${text(3)}${index + 1}`)}`,
          ...common,
          `honours: ${yamlList([text(6)])}`,
          `employer: ${yamlString(text(10))}`,
          `role: ${yamlString(text(4))}`,
          `specialities: ${yamlList([text(5)])}`,
        ],
        teams: [
          `name: ${yamlString(`${text(10)}${index + 1}`)}`,
          ...common,
          `type: ${yamlString(pick(rand, TEAM_TYPES))}`,
          `leads: ${yamlList([pick(rand, expertIds)])}`,
          `members: ${yamlList([...new Set(some(expertIds, 4))])}`,
          `focus: ${yamlList([text(10), text(10)])}`,
          `figures: ${yamlList([`${text(6)}${Math.floor(rand() * 100)}项`])}`,
        ],
        methods: [
          `title: ${yamlString(`${text(10)}${index + 1}`)}`,
          ...common,
          `originators: ${yamlList([pick(rand, expertIds)])}`,
          `problem: ${yamlString(text(30))}`,
          `steps: ${yamlList([text(12), text(12), text(12)])}`,
        ],
        courses: [
          `title: ${yamlString(`${text(12)}${index + 1}`)}`,
          ...common,
          `organiser: ${yamlString(text(8))}`,
          `teachers: ${yamlList([pick(rand, expertIds)])}`,
          `format: "线下"`,
          `audience: ${yamlString(text(8))}`,
          `topics: ${yamlList([text(10)])}`,
        ],
        needs: (() => {
          const status = pick(rand, NEED_STATUSES);
          return [
            `title: ${yamlString(`${text(12)}${index + 1}`)}`,
            ...common,
            `enterprise: ${yamlString(text(10))}`,
            `status: ${yamlString(status)}`,
            `statement: ${yamlString(text(30))}`,
            `teams: ${yamlList(teamIds.length > 0 ? [pick(rand, teamIds)] : [])}`,
            `solvedBy: ${yamlList(status === '已解决' ? [pick(rand, caseIds)] : [])}`,
          ];
        })(),
      };
      const sources = ['sources:', `  - publication: ${yamlString(text(6))}`, `    title: ${yamlString(text(20))}`, `    date: "${date}"`];
      const length = pick(rand, bodies);
      const body = ['## 问题', '', text(length / 3), '', '## 做法', '', text(length / 3), '', '## 成效', '', text(length / 3)].join('\n');
      return { kind, id, markdown: ['---', ...specific[kind], ...sources, '---', body, ''].join('\n') };
    }),
  );
}
