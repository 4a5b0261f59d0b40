import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pageAssets, type ScormFiles } from '../../../src/scorm/files.ts';
import { scormManifest } from '../../../src/scorm/manifest.ts';
import { makePackage, packageFiles, packageName } from '../../../src/scorm/package.ts';
import { relativeUrl, rewriteCss } from '../../../src/scorm/rewrite.ts';
import { assignment } from '../assign/fixtures.ts';
import { manifestProblems } from './manifest-check.ts';

// A tiny built site with the shapes the real build emits.
const site: Record<string, string> = {
  'scorm/index.html':
    '<html><head><script type="module" src="/_astro/player.js"></script><script type="application/json" id="nn-scorm-data">null</script></head><body><a href="/teachers/assign/">builder</a></body></html>',
  'lessons/06-gradient-descent/index.html':
    '<html><head><link rel="stylesheet" href="/_astro/main.css"><link rel="canonical" href="https://x.example/lessons/06-gradient-descent/"><script type="module" src="/register-sw.js"></script></head><body><astro-island component-url="/_astro/Poll.js" renderer-url="/_astro/client.js"></astro-island><a href="/lessons/07-backpropagation/#chain-rule">next</a><a href="/reference/glossary/">glossary</a><a href="#top">top</a></body></html>',
  'lessons/07-backpropagation/index.html':
    '<html><head><link rel="stylesheet" href="/_astro/main.css"></head><body><a href="/">home</a></body></html>',
  '_astro/player.js': 'import{a}from"./store.js";import("./preload-helper.x1.js");',
  '_astro/store.js': 'export const a=1;',
  '_astro/preload-helper.x1.js': 'const t=function(e){return`/`+e};const d=["_astro/checks.js"];',
  '_astro/checks.js': 'export{}',
  '_astro/Poll.js': 'import"./store.js";',
  '_astro/client.js': 'export{}',
  '_astro/main.css':
    '@font-face{font-family:K;src:url(/_astro/K.woff2) format("woff2"),url(/_astro/K.woff) format("woff"),url(/_astro/K.ttf) format("truetype")}',
  '_astro/K.woff2': 'font',
};
const read = (p: string) => site[p] ?? null;
const index: ScormFiles = {
  player: { page: 'scorm/index.html', assets: pageAssets(site['scorm/index.html'], read) },
  lessons: Object.fromEntries(
    ['lessons/06-gradient-descent', 'lessons/07-backpropagation'].map((id) => [
      id,
      { page: `${id}/index.html`, assets: pageAssets(site[`${id}/index.html`], read) },
    ]),
  ),
};

describe('the files a page needs', () => {
  it('follow islands, imports, preload lists and fonts (woff2 only)', () => {
    expect(index.player.assets).toEqual([
      '_astro/checks.js',
      '_astro/player.js',
      '_astro/preload-helper.x1.js',
      '_astro/store.js',
    ]);
    expect(index.lessons['lessons/06-gradient-descent'].assets).toEqual([
      '_astro/K.woff2',
      '_astro/Poll.js',
      '_astro/client.js',
      '_astro/main.css',
      '_astro/store.js',
    ]);
  });

  it('name a missing file instead of packaging a broken page', () => {
    expect(() => pageAssets('<script src="/_astro/gone.js"></script>', read)).toThrow(
      '_astro/gone.js',
    );
  });
});

describe('relative links', () => {
  it('are computed from the page’s folder', () => {
    expect(relativeUrl('index.html', '_astro/a.js')).toBe('_astro/a.js');
    expect(relativeUrl('lessons/06/index.html', '_astro/a.js')).toBe('../../_astro/a.js');
    expect(relativeUrl('lessons/06/index.html', 'lessons/07/index.html')).toBe('../07/index.html');
    expect(relativeUrl('lessons/06/index.html', 'index.html')).toBe('../../index.html');
  });
  it('leave stylesheets with relative woff2 fonts only', () => {
    expect(rewriteCss(site['_astro/main.css'])).toBe(
      '@font-face{font-family:K;src:url(K.woff2) format("woff2")}',
    );
  });
});

describe('the package', async () => {
  const zip = await makePackage(index, { assignment, passMark: 70 }, async (p) => strToU8(site[p]));
  const files = unzipSync(zip);
  const text = (p: string) => strFromU8(files[p]);

  it('has a manifest that follows SCORM 1.2 and lists exactly the files of the zip', () => {
    expect(manifestProblems(text('imsmanifest.xml'), Object.keys(files))).toEqual([]);
    expect(text('imsmanifest.xml')).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
    expect(Object.keys(files).sort()).toEqual([
      '_astro/K.woff2',
      '_astro/Poll.js',
      '_astro/checks.js',
      '_astro/client.js',
      '_astro/main.css',
      '_astro/player.js',
      '_astro/preload-helper.x1.js',
      '_astro/store.js',
      'imsmanifest.xml',
      'index.html',
      'lessons/06-gradient-descent/index.html',
      'lessons/07-backpropagation/index.html',
    ]);
  });

  it('the manifest checker catches broken manifests (so it can fail)', () => {
    const good = scormManifest({
      id: 'a',
      title: 'T',
      launch: 'index.html',
      files: ['index.html'],
      passMark: null,
    });
    expect(manifestProblems(good, ['imsmanifest.xml', 'index.html'])).toEqual([]);
    expect(manifestProblems(good, ['imsmanifest.xml', 'index.html', 'extra.js'])).toEqual([
      'extra.js is in the zip but not listed',
    ]);
    expect(
      manifestProblems(good.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="asset"'), [
        'imsmanifest.xml',
        'index.html',
      ]),
    ).toEqual(['adlcp:scormtype="sco"']);
    expect(
      manifestProblems(good.replace('<schemaversion>1.2', '<schemaversion>2004'), [
        'imsmanifest.xml',
        'index.html',
      ]),
    ).toEqual(['schemaversion "1.2"']);
    expect(
      manifestProblems(good.replace('imscp_rootv1p1p2"', 'imscp_v1p1"'), [
        'imsmanifest.xml',
        'index.html',
      ])[0],
    ).toBe('root element manifest in imscp_rootv1p1p2');
    expect(
      manifestProblems(good.replace('</manifest>', ''), ['imsmanifest.xml', 'index.html'])[0],
    ).toMatch(/not well-formed/);
  });

  it('escapes the title in the manifest', () => {
    const m = scormManifest({
      id: 'x y',
      title: 'A & <B>',
      launch: 'index.html',
      files: ['index.html'],
      passMark: null,
    });
    expect(m).toContain('<title>A &amp; &lt;B&gt;</title>');
    expect(manifestProblems(m, ['imsmanifest.xml', 'index.html'])).toEqual([]);
  });

  it('links everything relatively and never to the public site', () => {
    const lesson = text('lessons/06-gradient-descent/index.html');
    expect(lesson).toContain('href="../../_astro/main.css"');
    expect(lesson).toContain('component-url="../../_astro/Poll.js"');
    expect(lesson).toContain('href="../07-backpropagation/index.html#chain-rule"');
    expect(lesson).toContain('data-not-in-package="/reference/glossary/"');
    expect(lesson).toContain('href="#top"');
    expect(lesson).not.toContain('register-sw');
    expect(lesson).not.toContain('canonical');
    expect(text('lessons/07-backpropagation/index.html')).toContain('href="../../index.html"');
    expect(text('_astro/preload-helper.x1.js')).toContain('new URL("../"+e,import.meta.url)');
    for (const [name, bytes] of Object.entries(files))
      if (/\.(html|css)$/.test(name))
        expect(strFromU8(bytes), name).not.toMatch(/(?:href|src|-url)="\/|url\(\/|https?:\/\//);
  });

  it('carries the assignment and pass mark in the player page', () => {
    const data = JSON.parse(/id="nn-scorm-data">([\s\S]*?)<\/script>/.exec(text('index.html'))![1]);
    expect(data).toEqual({ assignment, passMark: 70 });
  });

  it('refuses a lesson the build does not have, and names the zip after the title', () => {
    expect(() =>
      packageFiles(index, { ...assignment, lessons: [{ lesson: 'lessons/99-gone' }] }),
    ).toThrow('lessons/99-gone');
    expect(packageName({ ...assignment, title: 'Week 3: Backprop & more!' })).toBe(
      'week-3-backprop-more-scorm12.zip',
    );
  });
});
