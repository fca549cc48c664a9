/**
 * A list of result cards, cloned from the page's <template>, rendered ten at a time: each card
 * needs its fragment downloaded, and a phone shows three or four at once.
 */
import { cardExcerpt } from '../../lib/search/excerpt.ts';
import type { FoldMap } from '../../lib/search/fold.ts';
import type { PagefindResult } from './engine.ts';

const PAGE_SIZE = 10;

export interface ListItem {
  result: PagefindResult;
  /** Why a related result is listed; exact matches need no reason. */
  reason?: string;
}

export class ResultList {
  private items: ListItem[] = [];
  private terms: string[] = [];
  private rendered = 0;
  private generation = 0;
  private readonly list: HTMLElement;
  private readonly more: HTMLButtonElement;
  private readonly template: HTMLTemplateElement;
  private readonly foldMap: () => FoldMap;

  constructor(list: HTMLElement, more: HTMLButtonElement, template: HTMLTemplateElement, foldMap: () => FoldMap) {
    this.list = list;
    this.more = more;
    this.template = template;
    this.foldMap = foldMap;
    more.addEventListener('click', async () => {
      const focusIndex = this.rendered;
      await this.renderMore(this.generation);
      this.list.querySelectorAll<HTMLAnchorElement>('[data-card-title] a')[focusIndex]?.focus();
    });
  }

  get size(): number {
    return this.items.length;
  }

  async show(items: ListItem[], terms: string[]): Promise<void> {
    const current = ++this.generation;
    this.items = items;
    this.terms = terms;
    this.rendered = 0;
    this.list.replaceChildren();
    await this.renderMore(current);
  }

  clear(): void {
    this.generation++;
    this.items = [];
    this.rendered = 0;
    this.list.replaceChildren();
    this.more.hidden = true;
  }

  private async renderMore(current: number): Promise<void> {
    const batch = this.items.slice(this.rendered, this.rendered + PAGE_SIZE);
    // One batch at a time: a second tap while cards are still arriving would list some twice.
    this.more.disabled = true;
    const loading = batch.map((item) => item.result.data());
    // A failed fragment fails the list once, at its await below; the ones after it must not go unhandled.
    for (const pending of loading) pending.catch(() => undefined);
    // Each card as soon as it and the ones above it have arrived: on a weak signal the first screen
    // shows before the tenth fragment is in.
    for (const [index, item] of batch.entries()) {
      const data = await loading[index]!;
      if (current !== this.generation) return;
      this.list.append(this.card(data, item.reason));
      this.rendered++;
    }
    this.more.disabled = false;
    this.more.hidden = this.rendered >= this.items.length;
  }

  private card({ url, meta }: Awaited<ReturnType<PagefindResult['data']>>, reason: string | undefined): DocumentFragment {
    const card = this.template.content.cloneNode(true) as DocumentFragment;
    const field = <T extends HTMLElement>(name: string) => card.querySelector<T>(`[data-card-${name}]`)!;
    field('kind').textContent = meta.kind ?? '';
    const date = field<HTMLTimeElement>('date');
    date.textContent = meta.dateText ?? meta.date ?? '';
    date.dateTime = meta.date ?? '';
    field('title').append(Object.assign(document.createElement('a'), { href: url, textContent: meta.title ?? url }));
    const excerpt = cardExcerpt(meta.text ?? '', this.terms, this.foldMap());
    const snippet = field('excerpt');
    snippet.append(excerpt.before);
    if (excerpt.match) snippet.append(Object.assign(document.createElement('mark'), { textContent: excerpt.match }));
    snippet.append(excerpt.after);
    const why = field('reason');
    why.hidden = !reason;
    why.textContent = reason ?? '';
    field('places').textContent = [meta.industry, meta.region].filter(Boolean).join('　');
    return card;
  }
}
