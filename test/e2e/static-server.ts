/** A static file server for dist/ on 127.0.0.1 (a random free port), as a static host would serve it: with gzip for text, as any real host does. */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};

/** Resolves a URL path to a file in the root, or null. */
export function resolveFile(root: string, urlPath: string): string | null {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, path);
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

export async function startServer(root: string): Promise<{ url: string; close(): Promise<void>; server: Server }> {
  const server = createServer((req, res) => {
    const file = resolveFile(root, req.url ?? '/');
    if (!file) {
      const notFound = (req.url ?? '').startsWith('/en/') && existsSync(join(root, 'en', '404', 'index.html')) ? join(root, 'en', '404', 'index.html') : join(root, '404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html']! });
      createReadStream(notFound).pipe(res);
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (/gzip/.test(String(req.headers['accept-encoding'] ?? '')) && /^(text|application\/(json|xml|javascript)|image\/svg)/.test(type)) {
      const body = gzipSync(readFileSync(file));
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Content-Length': body.length, Vary: 'Accept-Encoding' });
      res.end(body);
      return;
    }
    res.writeHead(200, { 'Content-Type': type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}`, server, close: () => new Promise((ok) => server.close(() => ok())) };
}
