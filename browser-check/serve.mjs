// A small static file server for a built site, bound to 127.0.0.1 on a free port.
// GET and HEAD only; a folder serves its index.html; an unknown path gets the site's 404.html
// with status 404; nothing outside the site folder is ever served.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { readFileSync } from 'node:fs';
import { LOOPBACK } from './chromium.mjs';

/**
 * The security headers netlify.toml sends for every page (its first `for = "/*"` block), so
 * the check proves the themes work under the same Content-Security-Policy as the deployed site.
 */
function deployedHeaders() {
  let toml;
  try {
    toml = readFileSync(new URL('../netlify.toml', import.meta.url), 'utf8');
  } catch {
    return {};
  }
  const headers = {};
  for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']) {
    const m = toml.match(new RegExp('^\\s*' + name + '\\s*=\\s*"([^"]*)"', 'm'));
    if (m) headers[name.toLowerCase()] = m[1];
  }
  return headers;
}
const DEPLOYED = deployedHeaders();

const TYPES = new Map(Object.entries({
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
}));

function typeOf(file) {
  return TYPES.get(extname(file).toLowerCase()) || 'application/octet-stream';
}

/** The file a request path names inside root, or null when it would leave root. */
function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = resolve(root, '.' + (decoded.endsWith('/') ? decoded + 'index.html' : decoded));
  return file === root || file.startsWith(root + sep) ? file : null;
}

async function readIfFile(file) {
  try {
    return (await stat(file)).isFile() ? await readFile(file) : null;
  } catch {
    return null;
  }
}

/** Starts serving siteDir; resolves to { url, close } where url ends with '/'. */
export async function serve(siteDir) {
  const root = resolve(siteDir);
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const path = new URL(req.url, `http://${LOOPBACK}`).pathname;
    const file = fileFor(root, path);
    let status = 200;
    let served = file && await readIfFile(file);
    if (!served && file && await readIfFile(join(file, 'index.html'))) {
      res.writeHead(301, { location: path + '/' }).end();
      return;
    }
    let type = file ? typeOf(file) : 'text/plain; charset=utf-8';
    if (!served) {
      status = 404;
      served = await readIfFile(join(root, '404.html'));
      type = served ? TYPES.get('.html') : 'text/plain; charset=utf-8';
      served = served || Buffer.from('not found\n');
    }
    res.writeHead(status, { ...DEPLOYED, 'content-type': type, 'content-length': served.length });
    res.end(req.method === 'HEAD' ? undefined : served);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, LOOPBACK, ok);
  });
  const { port } = server.address();
  return {
    url: `http://${LOOPBACK}:${port}/`,
    close: () => new Promise(done => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}
