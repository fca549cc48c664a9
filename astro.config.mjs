// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { hostingFiles } from './src/integrations/hosting-files.ts';
import { permanentUrls } from './src/integrations/permanent-urls.ts';
import { previousOutput } from './src/integrations/previous-output.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteUrlWarning } from './src/integrations/site-url-warning.ts';
import { loadRedirects } from './src/lib/redirects.ts';
import { SITE_URL } from './src/site.config.ts';

export default defineConfig({
  site: SITE_URL,
  // Astro caches the content data store here; inside the project (not node_modules), so test copies
  // of the project that share node_modules do not read each other's entries.
  cacheDir: './.astro/cache/',
  trailingSlash: 'always',
  // Four pages in flight: rendering one page overlaps writing others (16 % faster at 20,000 entries
  // on 2 cores). Two clean builds stay byte-identical (test/e2e/reproducible-build.spec.ts).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  server: { host: '127.0.0.1', port: 4321 },
  // Shiki colours code with inline styles, which the Content-Security-Policy below blocks (entry bodies: src/site/entry-body.ts).
  markdown: { syntaxHighlight: false },
  redirects: loadRedirects(new URL('./redirects.yaml', import.meta.url)),
  // A Content-Security-Policy <meta> on every page: Astro hashes its own scripts and styles; the rest
  // keeps contributed content from loading, posting or framing anything. Pagefind compiles WebAssembly.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'none'",
        "worker-src 'self'",
        "connect-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // previousOutput after the search index and before hostingFiles: it deletes the pages this build no
  // longer has, and hostingFiles' size report counts every file the build leaves.
  // Entry pages give a cacheKey (src/site/entry-page.ts): a rebuild renders only the pages whose inputs changed.
  experimental: { incrementalBuild: true },
  integrations: [siteUrlWarning(), contentGuard(), mdx(), sitemap(), searchIndex(), permanentUrls(), previousOutput(), hostingFiles()],
});
