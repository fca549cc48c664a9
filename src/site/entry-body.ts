/**
 * An entry's Markdown body as HTML, rendered by Astro's own Markdown processor (Sätteri) as a content
 * collection would render it. Rendering it here, from the corpus, instead of through a collection keeps
 * Astro from copying every entry's front matter, body and HTML into its data store: one generated
 * module (65 MB at 20,000 entries) that the build bundles and holds whole, the largest part of its
 * memory at national scale. The page's cacheKey covers the body (entry-page.ts).
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';

// No syntax highlighting: Shiki colours code with inline styles, which the site's Content-Security-Policy blocks.
let renderer: ReturnType<typeof createSatteriMarkdownProcessor> | undefined;

export async function entryBodyHtml(markdown: string): Promise<string> {
  renderer ??= createSatteriMarkdownProcessor({ syntaxHighlight: false });
  return (await (await renderer).render(markdown)).code;
}
