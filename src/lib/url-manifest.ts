/**
 * Permanent URLs: every published page path is listed in the committed
 * manifest. A path may leave the site only with a redirect to a page that exists.
 */
import { isListPosition } from './pagination.ts';

export interface ManifestCheck {
  /** Listed paths that are no longer built and have no redirect: the build must fail. */
  broken: string[];
  /** Redirects whose target is not a built page. */
  danglingRedirects: string[];
  /** Newly built paths to add to the manifest (not page 2, 3… of a list: those move as lists grow). */
  added: string[];
}

export function checkManifest(listed: readonly string[], built: readonly string[], redirects: Readonly<Record<string, string>>): ManifestCheck {
  const builtSet = new Set(built);
  const listedSet = new Set(listed);
  return {
    broken: listed.filter((path) => !builtSet.has(path) && !redirects[path]),
    danglingRedirects: Object.entries(redirects)
      .filter(([, to]) => !builtSet.has(to))
      .map(([from, to]) => `${from} → ${to}`),
    added: built.filter((path) => !listedSet.has(path) && !isListPosition(path)),
  };
}

/** Redirects from a path the content gives a page again: Astro would serve the redirect and drop the page. */
export function redirectsOverPages(redirects: Readonly<Record<string, string>>, pagePaths: readonly string[]): string[] {
  const pages = new Set(pagePaths);
  return Object.keys(redirects).filter((from) => pages.has(from));
}

export const parseManifest = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

export const formatManifest = (paths: readonly string[]) =>
  `# 已发布的全部网址（构建时自动追加新网址，请随改动一起提交）。删除或改名须在 redirects.yaml 登记重定向。\n# Every published URL; new ones are appended by the build. Removing one needs a redirect in redirects.yaml.\n${[...paths].sort().join('\n')}\n`;
