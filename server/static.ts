// Serves the built site (dist/) next to the API: directory indexes, the site's
// own 404 page for unknown paths, content types, and cache rules that keep the
// service worker and pages fresh while hashed assets are cached for good.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { Hono } from 'hono';

/** Content types by file extension. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.map': 'application/json; charset=utf-8',
  // Pagefind's index files.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

const isFile = async (p: string) => (await stat(p).catch(() => null))?.isFile() ?? false;

function cacheControl(path: string): string {
  if (path.startsWith('/_astro/')) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

/** The static site under `root`, for every GET/HEAD the API did not take. */
export function staticRoutes(root: string) {
  const inRoot = (urlPath: string): string | null => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return null;
    }
    if (decoded.includes('\0')) return null;
    const full = normalize(join(root, decoded));
    return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
  };
  const send = async (file: string, status: 200 | 404, head: boolean, urlPath: string) => {
    const bytes = await readFile(file);
    return new Response(head ? null : bytes, {
      status,
      headers: {
        'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': String(bytes.length),
        'Cache-Control': status === 404 ? 'no-cache' : cacheControl(urlPath),
      },
    });
  };
  const handle = async (path: string, head: boolean) => {
    const full = inRoot(path);
    if (full) {
      if (await isFile(full)) return send(full, 200, head, path);
      const index = join(full, 'index.html');
      if (await isFile(index)) {
        if (!path.endsWith('/'))
          return new Response(null, { status: 301, headers: { Location: `${path}/` } });
        return send(index, 200, head, path);
      }
    }
    const notFound = join(root, '404.html');
    if (await isFile(notFound)) return send(notFound, 404, head, path);
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  };
  return new Hono()
    .get('*', (c) => handle(c.req.path, false))
    .on('HEAD', '*', (c) => handle(c.req.path, true));
}
