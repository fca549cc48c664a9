/**
 * On a phone the row of sections scrolls sideways and fades at its right edge: the section the page
 * belongs to is scrolled clear of the fade, so the reader sees where they are.
 */
export function showCurrentSection(): void {
  const nav = document.querySelector<HTMLElement>('.site-nav');
  const current = nav?.querySelector<HTMLElement>('[aria-current="page"]');
  if (!nav || !current || nav.scrollWidth <= nav.clientWidth) return;
  const fade = Number.parseFloat(getComputedStyle(nav.querySelector('ul')!).paddingRight) || 0;
  const hidden = current.getBoundingClientRect().right + fade - nav.getBoundingClientRect().right;
  if (hidden > 0) nav.scrollLeft += hidden;
}
