/**
 * Copy controls: buttons with data-copy-target copy that element's text;
 * heading anchors copy the section's permanent link. The button says when it worked,
 * and a polite status message says it for a copied link (visible, and read out by screen readers).
 */
async function copy(text: string, control: HTMLElement, message?: string) {
  try {
    await navigator.clipboard.writeText(text);
    if (message) announce(message);
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
let clearing: ReturnType<typeof setTimeout> | undefined;

function announce(message: string) {
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  if (!status) return;
  status.textContent = message;
  clearTimeout(clearing);
  clearing = setTimeout(() => (status.textContent = ''), 3000);
}

/** A "#" link after each section heading of the article body, copying that section's address. */
function addHeadingAnchors(label: string) {
  for (const heading of document.querySelectorAll<HTMLHeadingElement>('.prose h2[id], .prose h3[id]')) {
    const anchor = Object.assign(document.createElement('a'), { className: 'heading-anchor', href: `#${encodeURIComponent(heading.id)}`, textContent: '#' });
    anchor.setAttribute('aria-label', `${label}：${heading.textContent}`);
    heading.append(anchor);
  }
}

export function startCopyButtons(anchorLabel: string, linkCopied: string): void {
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
      // People paste the link into chats and handouts: keep the section name readable, not %E8%AF%BE….
      void copy(decodeURI(anchor.href), anchor, linkCopied);
    }
  });
}
