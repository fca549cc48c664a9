/**
 * A minimal static file server on 127.0.0.1 for benchmarks, gzipping text as a web host would; stops
 * when closed. With http2, over TLS with a throwaway self-signed certificate (browsers speak HTTP/2 only
 * over TLS), as a CDN serves the site: every file a page asks for at once travels at once, where
 * HTTP/1.1 lets a browser open six connections to a host.
 */

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.csv']);

import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
};

/** A certificate for 127.0.0.1 that lives as long as one benchmark: made with openssl, kept in memory. */
function throwawayCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Reply extends NodeJS.WritableStream {
  writeHead(status: number, headers?: Record<string, string>): unknown;
}

export interface StaticServer {
  url: string;
  server: { close(): void };
}

export async function serveDirectory(root: string, { http2 = false } = {}): Promise<StaticServer> {
  const serve = (request: IncomingMessage | Http2ServerRequest, reply: ServerResponse | Http2ServerResponse) => {
    // The HTTP/1.1 and HTTP/2 responses share these calls, not one type.
    const response = reply as Reply;
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404);
      response.end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      createReadStream(file).pipe(createGzip()).pipe(response);
      return;
    }
    response.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(response);
  };
  const server = http2 ? createSecureServer({ ...throwawayCertificate(), allowHTTP1: true }, serve) : createServer(serve);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server did not start');
  return { url: `${http2 ? 'https' : 'http'}://127.0.0.1:${address.port}`, server };
}
