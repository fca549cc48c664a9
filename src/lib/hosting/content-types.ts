/** Content types of published files, and which of them are stored gzip-compressed. */

/** Text, served with charset=utf-8 and stored gzip-compressed: it shrinks to a fraction. */
const TEXT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  xml: 'application/xml',
  svg: 'image/svg+xml',
  txt: 'text/plain',
  csv: 'text/csv',
  webmanifest: 'application/manifest+json',
};

/**
 * Already compressed, stored as they are. Pagefind's own files (.pf_fragment, .pf_index, .pf_filter,
 * .pf_meta, wasm.*.pagefind) are gzip data that Pagefind's script inflates itself; they fall to the
 * octet-stream default, and a Content-Encoding on them would have the browser inflate them first.
 */
const BINARY_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  pdf: 'application/pdf',
  wasm: 'application/wasm',
};

const extensionOf = (path: string) => /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';

export const isCompressible = (path: string) => Object.hasOwn(TEXT_TYPES, extensionOf(path));

export function contentTypeOf(path: string): string {
  const extension = extensionOf(path);
  const text = TEXT_TYPES[extension];
  if (text) return `${text}; charset=utf-8`;
  return BINARY_TYPES[extension] ?? 'application/octet-stream';
}
