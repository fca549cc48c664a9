/**
 * Entry bodies come from anyone's pull request. The checker refuses raw HTML outside a short
 * allow-list, and independently every rendered body passes through this allow-list sanitiser
 * (sanitize-html, a maintained parser-based one) before it reaches a page, so a spelling the
 * checker misses still cannot run code, load from another host, restyle the page or move the reader.
 */
import sanitizeHtml from 'sanitize-html';

/** Everything Markdown renders, plus the inline markup editors may write by hand (see CONTRIBUTING). */
const ALLOWED_TAGS = [
  ...['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'hr', 'br'],
  ...['strong', 'em', 'b', 'i', 'del', 's', 'code', 'pre', 'a', 'img', 'figure', 'figcaption'],
  ...['table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
  ...['sup', 'sub', 'kbd', 'abbr', 'ruby', 'rt', 'rp'],
];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    // Heading ids are the anchors trainers link to.
    ...Object.fromEntries(['h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => [tag, ['id']])),
    a: ['href', 'title'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    abbr: ['title'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  // Images live in the repository: no scheme, so no other host learns who reads what.
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

export const sanitizeEntryHtml = (html: string): string => sanitizeHtml(html, OPTIONS);
