/**
 * Synonyms and abbreviations kept by editors in content/synonyms.yaml: each group lists terms that
 * search treats as equivalent (产改 and 产业工人队伍建设改革). Parsed with positions, so the
 * checker can name the line of a problem; the search index reads the same parse.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

export const SYNONYMS_FILE = 'content/synonyms.yaml';

export interface SynonymGroup {
  terms: string[];
  line: number;
  termLines: number[];
}

export interface SynonymProblem {
  line: number;
  message: string;
}

/** A term is one searchable word: letters and digits only, at least two of them. */
const TERM = /^[\p{L}\p{N}]{2,}$/u;

export function parseSynonyms(text: string): { groups: SynonymGroup[]; problems: SynonymProblem[] } {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineAt = (offset: number | undefined) => lines.linePos(offset ?? 0).line;
  const problems: SynonymProblem[] = document.errors.map((error) => ({
    line: lineAt(error.pos[0]),
    message: `YAML 格式错误 / YAML syntax error: ${error.message.split('\n')[0]}`,
  }));
  if (problems.length > 0) return { groups: [], problems };
  const root = document.contents;
  if (root === null) return { groups: [], problems };
  if (!isSeq(root)) return { groups: [], problems: [{ line: 1, message: '应是一个列表，每项写 terms 和 source / expected a list of { terms, source }' }] };
  const groups: SynonymGroup[] = [];
  for (const item of root.items) {
    const line = lineAt(isMap(item) || isScalar(item) ? item.range?.[0] : undefined);
    const terms = isMap(item) ? item.get('terms', true) : undefined;
    if (!isMap(item) || !isSeq(terms) || terms.items.length < 2) {
      problems.push({ line, message: '每组需要 terms：至少两个等价的词 / each group needs terms: two or more equivalent words' });
      continue;
    }
    if (typeof item.get('source') !== 'string') problems.push({ line, message: '每组需要 source：来源文章或 common usage / each group needs a source' });
    const group: SynonymGroup = { terms: [], line, termLines: [] };
    for (const term of terms.items) {
      const termLine = lineAt(isScalar(term) ? term.range?.[0] : undefined);
      const value = isScalar(term) ? String(term.value) : '';
      if (!TERM.test(value)) {
        problems.push({ line: termLine, message: `“${value}”不是一个词：只用汉字、字母和数字，至少两个字 / a term is two or more letters or digits` });
        continue;
      }
      group.terms.push(value);
      group.termLines.push(termLine);
    }
    groups.push(group);
  }
  return { groups, problems };
}

/**
 * Groups must stay apart: a term listed twice, in one group or in two, would chain unrelated words
 * together (A = B in one group, B = C in another makes A = C), so it is refused where it repeats.
 * A group none of whose terms the content uses finds nothing and is refused too.
 */
export function checkSynonymGroups(groups: readonly SynonymGroup[], corpusText: string): SynonymProblem[] {
  const problems: SynonymProblem[] = [];
  const firstSeen = new Map<string, number>();
  for (const group of groups) {
    group.terms.forEach((term, index) => {
      const line = group.termLines[index]!;
      const earlier = firstSeen.get(term);
      if (earlier !== undefined)
        problems.push({ line, message: `“${term}”已在第 ${earlier} 行出现：一个词只能属于一组 / “${term}” is already listed on line ${earlier}` });
      else firstSeen.set(term, line);
    });
    if (group.terms.length > 0 && !group.terms.some((term) => corpusText.includes(term))) {
      problems.push({ line: group.line, message: `这一组的词（${group.terms.join('、')}）在内容中都没有出现 / none of these terms occurs in the content` });
    }
  }
  return problems;
}
