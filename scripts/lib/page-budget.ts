/**
 * What a reader's phone downloads for one page before search is opened: the
 * HTML plus the stylesheets and scripts it references, gzip-compressed, and
 * the rules that keep that small (no third-party requests, no web fonts,
 * images sized and lazy).
 */
export interface PageAssets {
  stylesheets: string[];
  scripts: string[];
  images: { src: string; sized: boolean; lazy: boolean }[];
  /** Absolute URLs to other hosts that the page loads (not links). */
  thirdParty: string[];
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];

export function pageAssets(html: string, origin: string): PageAssets {
  const tags = (name: string) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'gi')) ?? [];
  const stylesheets = tags('link')
    .filter((tag) => /rel\s*=\s*"(stylesheet|modulepreload)"/i.test(tag))
    .map((tag) => attribute(tag, 'href') ?? '');
  const scripts = tags('script').flatMap((tag) => attribute(tag, 'src') ?? []);
  const images = tags('img').map((tag) => ({
    src: attribute(tag, 'src') ?? '',
    sized: Boolean(attribute(tag, 'width') && attribute(tag, 'height')),
    lazy: attribute(tag, 'loading') === 'lazy',
  }));
  const loaded = [...stylesheets, ...scripts, ...images.map((image) => image.src), ...tags('iframe').flatMap((tag) => attribute(tag, 'src') ?? [])];
  return {
    stylesheets,
    scripts,
    images,
    thirdParty: loaded.filter((url) => /^(https?:)?\/\//.test(url) && !url.startsWith(origin)),
  };
}

/** Web fonts declared in CSS; body text must use the system's CJK fonts. */
export const declaresWebFont = (css: string) => /@font-face/i.test(css);
