/** The HTTP headers a bucket stores with each published file, and serves with it. */
import { CACHE_CONTROL, cacheClassOf } from './cache-policy.ts';
import { contentTypeOf, isCompressible } from './content-types.ts';

export interface ObjectHeaders {
  contentType: string;
  cacheControl: string;
  /** Set when the stored bytes are the file gzip-compressed. */
  contentEncoding?: 'gzip';
}

export function objectHeaders(path: string): ObjectHeaders {
  const headers: ObjectHeaders = { contentType: contentTypeOf(path), cacheControl: CACHE_CONTROL[cacheClassOf(path)] };
  if (isCompressible(path)) headers.contentEncoding = 'gzip';
  return headers;
}

/** Stores may echo a header back with other spacing or case ("text/html;charset=UTF-8"). */
const normalised = (value: string | undefined) => (value ?? '').replace(/\s+/g, '').toLowerCase();

export const sameHeaders = (a: ObjectHeaders, b: ObjectHeaders) =>
  normalised(a.contentType) === normalised(b.contentType) &&
  normalised(a.cacheControl) === normalised(b.cacheControl) &&
  normalised(a.contentEncoding) === normalised(b.contentEncoding);
