/**
 * Copy controls: buttons with data-copy-target copy that element's text;
 * heading anchors copy the section's permanent link. The button says when it worked.
 */
async function copy(text: string, control: HTMLElement) {
  try {
    await navigator.clipboard.writeText(text);
    const label = control.dataset.copiedLabel;
    if (label && control.tagName === 'BUTTON') {
      const original = control.textContent;
      control.textContent = label;
      setTimeout(() => (control.textContent = original), 2000);
    }
    control.dataset.copied = 'true';
  } catch {
    control.dataset.copied = 'false';
  }
}

let started = false;

/** A "#" link after each section heading of the article body, copying that section's address. */
function addHeadingAnchors(label: string) {
  for (const heading of document.querySelectorAll<HTMLHeadingElement>('.prose h2[id], .prose h3[id]')) {
    const anchor = Object.assign(document.createElement('a'), { className: 'heading-anchor', href: `#${encodeURIComponent(heading.id)}`, textContent: '#' });
    anchor.setAttribute('aria-label', `${label}：${heading.textContent}`);
    heading.append(anchor);
  }
}

export function startCopyButtons(anchorLabel: string): void {
  if (started) return;
  started = true;
  addHeadingAnchors(anchorLabel);
  document.addEventListener('click', (event) => {
    const target = event.target as Element;
    const button = target.closest<HTMLElement>('[data-copy-target]');
    if (button) {
      void copy(document.getElementById(button.dataset.copyTarget!)?.textContent ?? '', button);
      return;
    }
    const anchor = target.closest<HTMLAnchorElement>('a.heading-anchor');
    if (anchor) {
      event.preventDefault();
      history.replaceState(null, '', anchor.hash);
      void copy(anchor.href, anchor);
    }
  });
}
