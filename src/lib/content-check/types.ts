import type { Document, LineCounter } from 'yaml';
import type { ContentKind } from '../../schema/index.ts';

/** One thing wrong with one file, printed as `path:line: field: message`. */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  /** Front-matter key (dotted for nested keys), or a pseudo-field: `file`, `yaml`, `body`, `encoding`. */
  field: string;
  message: string;
}

/** A content file after decoding and front-matter parsing, before schema validation. */
export interface ParsedFile {
  file: string;
  kind: ContentKind;
  /** The file name without extension: the entry's id and URL slug. */
  id: string;
  extension: string;
  text: string;
  /** Raw front matter as YAML; `undefined` when the file has none. */
  frontMatter?: { document: Document; lines: LineCounter };
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
}

/** An entry that passed its schema: what cross-file rules work on. */
export interface ValidEntry {
  kind: ContentKind;
  id: string;
  file: string;
  data: Record<string, unknown>;
  /** The Markdown body. */
  body: string;
  /** Line of a front-matter path, for pointing cross-file problems at the right place. */
  lineOf: (path: readonly (string | number)[]) => number;
}
