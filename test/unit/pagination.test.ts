import { describe, expect, it } from 'vitest';
import { isListPosition, pageParam, pageUrl, pageWindow, paginate } from '../../src/lib/pagination.ts';

describe('paginate', () => {
  it('splits a list into pages of the given size, the last one shorter', () => {
    const pages = paginate([1, 2, 3, 4, 5, 6, 7], 3);
    expect(pages.map((page) => page.items)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(pages.map((page) => [page.number, page.count])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('keeps one empty page for an empty list, so the list page still exists', () => {
    expect(paginate([], 3)).toEqual([{ number: 1, count: 1, items: [] }]);
  });
});

describe('page addresses', () => {
  it('gives the first page the list URL and later pages /page/N/', () => {
    expect(pageUrl('/cases/', 1)).toBe('/cases/');
    expect(pageUrl('/regions/440000/experts/', 3)).toBe('/regions/440000/experts/page/3/');
    expect([pageParam(1), pageParam(2)]).toEqual([undefined, 'page/2']);
  });

  it('recognises list positions, and only them', () => {
    expect(isListPosition('/cases/page/2/')).toBe(true);
    expect(isListPosition('/cases/')).toBe(false);
    expect(isListPosition('/cases/page-turning-method/')).toBe(false);
  });
});

describe('pageWindow', () => {
  it('links every page of a short list', () => {
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('keeps first, last and two either side, with gaps marked', () => {
    expect(pageWindow(10, 160)).toEqual([1, null, 8, 9, 10, 11, 12, null, 160]);
    expect(pageWindow(1, 160)).toEqual([1, 2, 3, null, 160]);
    expect(pageWindow(159, 160)).toEqual([1, null, 157, 158, 159, 160]);
  });

  it('does not mark a gap between neighbours', () => {
    expect(pageWindow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
