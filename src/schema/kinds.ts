/**
 * The table of content kinds: every per-kind decision of the site reads its row here, so adding a
 * kind means one schema file, one row below and its labels in the dictionary (the type of `t()` and
 * a unit test demand them). The kinds are the rows' keys, in the order lists and menus show them;
 * each row is checked against its schema's output, so a field named here that the schema lacks is
 * a type error.
 */
import type { z } from 'zod';
import type { UiKey } from '../i18n/zh-CN.ts';
import { caseSchema } from './case.ts';
import { courseSchema } from './course.ts';
import { expertSchema } from './expert.ts';
import { methodSchema } from './method.ts';
import { NEED_STATUSES, needSchema } from './need.ts';
import { teamSchema } from './team.ts';

type FieldOf<K extends ContentKind> = keyof KindData[K] & string;

/** What a page needs besides the entry's own fields to describe it in schema.org terms. */
export interface LinkedDataContext {
  title: string;
  date: string;
  /** Last update of the entry, YYYY-MM-DD. */
  updated: string;
  publisher: { '@type': 'Organization'; name: string };
}

export interface KindDefinition<K extends ContentKind> {
  schema: (typeof rows)[K]['schema'];
  /** The kind's name in the singular, as users type it: `npm run new -- case`, `/search/?type=case`. */
  singular: string;
  /** The field that names the entry on cards and in headings. */
  titleField: FieldOf<K>;
  /** Fields holding ids of other entries, mapped to the kind they point at. */
  references: Partial<Record<FieldOf<K>, ContentKind>>;
  /** Fields shown as label/value facts under the entry's heading, in order (references as links). */
  facts: readonly FieldOf<K>[];
  /** The list that carries the entry's substance, shown on its own and in search details. */
  highlight?: { field: FieldOf<K>; ordered: boolean };
  /** Fields that make two files the same entry (people: name and employer, since namesakes are common). */
  identity: readonly FieldOf<K>[];
  /** Trainers print it as a handout, with a QR code back to the page. */
  printable: boolean;
  /**
   * Its place in 找专家 (/find/): a `candidate` is offered as someone who can help (people, teams), `evidence`
   * shows what a candidate has solved (cases, methods, courses) and names them in its references.
   */
  finder?: 'candidate' | 'evidence';
  /** Entries of this kind form a tree through this reference field (a studio's alliance); pages show the subtree. */
  tree?: FieldOf<K>;
  /** A field whose value cards show beside the kind (a need's 待对接 / 对接中 / 已解决), and lists show the first of its values first. */
  state?: { field: FieldOf<K>; order: readonly string[] };
  /** The home page's section of this kind's newest entries, if it has one. */
  home?: { heading: UiKey; count: number };
  /** The Markdown body's sections, as `npm run new` outlines them, with a hint for each. */
  body: { required: boolean; outline: readonly { heading: string; hint: string }[] };
  /** schema.org type and the properties this kind's fields give it. */
  linkedData: (data: KindData[K], context: LinkedDataContext) => Record<string, unknown>;
}

const rows = {
  cases: {
    schema: caseSchema,
    singular: 'case',
    titleField: 'title',
    references: { experts: 'experts', methods: 'methods', teams: 'teams' },
    facts: ['experts', 'teams', 'methods', 'organisations'],
    highlight: { field: 'results', ordered: false },
    identity: ['title'],
    printable: false,
    finder: 'evidence',
    home: { heading: 'home.latestCases', count: 6 },
    body: {
      required: true,
      outline: [
        { heading: '问题', hint: '企业或乡村遇到了什么难题？' },
        { heading: '做法', hint: '劳模工匠做了什么、怎么做的？' },
        { heading: '成效', hint: '取得了什么结果？数字和单位照原文。' },
      ],
    },
    linkedData: (_data: z.output<typeof caseSchema>, context: LinkedDataContext) => ({
      '@type': 'Article',
      headline: context.title,
      datePublished: context.date,
      dateModified: context.updated,
      publisher: context.publisher,
      author: context.publisher,
    }),
  },
  experts: {
    schema: expertSchema,
    singular: 'expert',
    titleField: 'name',
    references: {},
    facts: ['honours', 'employer', 'role', 'specialities'],
    identity: ['name', 'employer'],
    printable: false,
    finder: 'candidate',
    body: { required: false, outline: [{ heading: '工作与贡献', hint: '他们做了哪些工作、有什么贡献？只写公开的职业信息。' }] },
    linkedData: (data: z.output<typeof expertSchema>, context: LinkedDataContext) => ({
      '@type': 'Person',
      name: context.title,
      jobTitle: data.role,
      worksFor: data.employer === '不详' ? undefined : { '@type': 'Organization', name: data.employer },
      award: data.honours,
      knowsAbout: data.specialities,
    }),
  },
  teams: {
    schema: teamSchema,
    singular: 'team',
    titleField: 'name',
    references: { parent: 'teams', leads: 'experts', members: 'experts' },
    facts: ['type', 'parent', 'leads', 'members', 'founded', 'figures'],
    highlight: { field: 'focus', ordered: false },
    identity: ['name'],
    printable: false,
    finder: 'candidate',
    tree: 'parent',
    body: { required: false, outline: [{ heading: '做什么', hint: '团队怎样组织、为谁解决了什么问题？' }] },
    linkedData: (data: z.output<typeof teamSchema>, context: LinkedDataContext) => ({
      '@type': 'Organization',
      name: context.title,
      additionalType: data.type,
      foundingDate: data.founded,
      knowsAbout: data.focus,
    }),
  },
  methods: {
    schema: methodSchema,
    singular: 'method',
    titleField: 'title',
    references: { originators: 'experts', teams: 'teams' },
    facts: ['originators', 'teams', 'problem'],
    highlight: { field: 'steps', ordered: true },
    identity: ['title'],
    printable: true,
    finder: 'evidence',
    home: { heading: 'home.methods', count: 4 },
    body: { required: false, outline: [{ heading: '怎样应用', hint: '在什么场合、由谁、怎样使用这个方法？' }] },
    linkedData: (data: z.output<typeof methodSchema>, context: LinkedDataContext) => ({
      '@type': 'HowTo',
      name: context.title,
      dateModified: context.updated,
      step: data.steps.map((text, index) => ({ '@type': 'HowToStep', position: index + 1, text })),
      publisher: context.publisher,
    }),
  },
  courses: {
    schema: courseSchema,
    singular: 'course',
    titleField: 'title',
    references: { teachers: 'experts', teams: 'teams' },
    facts: ['organiser', 'teachers', 'teams', 'format', 'audience'],
    highlight: { field: 'topics', ordered: false },
    identity: ['title'],
    printable: true,
    finder: 'evidence',
    home: { heading: 'home.courses', count: 4 },
    body: { required: false, outline: [{ heading: '课程内容', hint: '课程讲了什么、怎么上的？' }] },
    linkedData: (data: z.output<typeof courseSchema>, context: LinkedDataContext) => ({
      '@type': 'Course',
      name: context.title,
      provider: { '@type': 'Organization', name: data.organiser },
      teaches: data.topics,
      audience: { '@type': 'Audience', audienceType: data.audience },
      courseMode: data.format,
    }),
  },
  needs: {
    schema: needSchema,
    singular: 'need',
    titleField: 'title',
    references: { teams: 'teams', experts: 'experts', solvedBy: 'cases' },
    facts: ['enterprise', 'status', 'statement', 'teams', 'experts', 'solvedBy'],
    state: { field: 'status', order: NEED_STATUSES },
    identity: ['title', 'enterprise'],
    printable: false,
    body: { required: false, outline: [{ heading: '经过', hint: '需求怎样提出、谁来对接、结果如何？' }] },
    linkedData: (data: z.output<typeof needSchema>, context: LinkedDataContext) => ({
      '@type': 'Question',
      name: context.title,
      text: data.statement,
      dateCreated: context.date,
      publisher: context.publisher,
    }),
  },
} as const;

export type ContentKind = keyof typeof rows;

/** Every kind, in the order lists, menus and exports show them. */
export const CONTENT_KINDS = Object.keys(rows) as ContentKind[];

/** Each kind's front matter after validation. */
export type KindData = { [K in ContentKind]: z.output<(typeof rows)[K]['schema']> };

export const kinds: { readonly [K in ContentKind]: KindDefinition<K> } = rows;

/** An entry of one kind whose front matter passed its schema. */
export interface KindEntry<K extends ContentKind> {
  kind: K;
  id: string;
  data: KindData[K];
}

/** An entry of any kind, narrowed by `kind`. */
export type AnyKindEntry = { [K in ContentKind]: KindEntry<K> }[ContentKind];

/**
 * Validates front matter against its kind's schema. The one place data becomes typed: TypeScript
 * cannot follow that `kind` chose the schema, so the pairing is asserted here, right after the check.
 */
export function parseEntry(
  kind: ContentKind,
  id: string,
  input: unknown,
): { entry: AnyKindEntry; error?: undefined } | { entry?: undefined; error: z.ZodError } {
  const result = kinds[kind].schema.safeParse(input);
  return result.success ? { entry: { kind, id, data: result.data } as AnyKindEntry } : { error: result.error };
}

/** The entry's name as cards and headings show it. */
export function titleOf<K extends ContentKind>(entry: KindEntry<K>): string {
  return String(entry.data[kinds[entry.kind].titleField]);
}

/** A front-matter field by name, for rules that treat fields alike (ids, lists, plain text). */
export const fieldValue = (entry: { data: Readonly<Record<string, unknown>> }, field: string): unknown => entry.data[field];
