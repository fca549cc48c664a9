/**
 * _headers and _redirects, the files Netlify and Cloudflare Pages read from the site's root to set
 * response headers and real 301s. A bucket ignores them, so the deploy leaves them out.
 */
import { CACHE_CONTROL, IMMUTABLE_PATTERNS } from './cache-policy.ts';

export const HOST_FILES = ['_headers', '_redirects'] as const;

/**
 * Each page also carries a Content-Security-Policy <meta> with the hashes of its own scripts and
 * styles; this header adds what only a header can say (frame-ancestors) and must not narrow
 * script-src or style-src.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

const rule = (pattern: string, headers: Readonly<Record<string, string>>) =>
  [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');

export function headersFile(): string {
  const comment = [
    '# Written by the build (src/lib/hosting/host-files.ts, cache-policy.ts): edit those, not this file.',
    '# Security headers for every response. A request that matches several rules gets all their headers,',
    '# and a header named twice would be joined with a comma, so Cache-Control appears in the hashed-file',
    `# rules only: everything else gets the hosts' default, "${CACHE_CONTROL.revalidate}".`,
  ].join('\n');
  const rules = [rule('/*', SECURITY_HEADERS), ...IMMUTABLE_PATTERNS.map((pattern) => rule(pattern, { 'Cache-Control': CACHE_CONTROL.immutable }))];
  return `${comment}\n${rules.join('\n\n')}\n`;
}

/**
 * Every redirect as a 301. Astro also writes a page at each old path that points on to the new one:
 * Cloudflare Pages applies a redirect before looking for a file, Netlify serves that page instead.
 */
export function redirectsFile(redirects: Readonly<Record<string, string>>): string {
  const lines = Object.entries(redirects).map(([from, to]) => `${from} ${to} 301`);
  return `${['# Written by the build from redirects.yaml: edit that, not this file.', ...lines].join('\n')}\n`;
}
