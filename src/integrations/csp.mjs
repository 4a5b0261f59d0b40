// Writes a Content-Security-Policy into every built page. Scripts may come
// from this site only, and the inline scripts the build itself wrote (theme,
// island bootstrap) are allowed by their SHA-256 hashes: a script injected
// later matches no hash and does not run. Styles allow inline attributes:
// formulas' table cells carry their alignment in one (src/markdown/math-tables.mjs).
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The policy for a page whose inline scripts have these sources. */
export function policyFor(inlineScripts) {
  const hashes = [
    ...new Set(
      inlineScripts.map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`),
    ),
  ];
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Adds the policy meta tag to one page's HTML, before anything it governs: right
 * after the head's charset declaration, which must stay within the first 1,024
 * bytes (a page with many inline scripts has a policy longer than that), or
 * first in the head when there is none.
 */
export function withPolicy(html) {
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/(ld\+)?json"/.test(m[0]))
    .map((m) => m[1]);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(inline)}">`;
  const charset = html.match(/<head>(<meta charset="[^"]*"\/?>)/);
  return charset
    ? html.replace(charset[0], `<head>${charset[1]}${meta}`)
    : html.replace(/<head>/, `<head>${meta}`);
}

async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** An Astro integration that writes the policy into every page after the build. */
export default function csp() {
  return {
    name: 'course-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let n = 0;
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          await writeFile(file, withPolicy(await readFile(file, 'utf8')));
          n++;
        }
        logger.info(`Content-Security-Policy written into ${n} pages`);
      },
    },
  };
}
