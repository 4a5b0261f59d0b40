// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatexStrict from './src/markdown/rehype-katex-strict.mjs';
import rehypeScrollTables from './src/markdown/rehype-scroll-tables.mjs';
import rehypeScrollMath from './src/markdown/rehype-scroll-math.mjs';
import rehypeMathSearch from './src/markdown/math-search-text.mjs';
import { existsSync, readdirSync } from 'node:fs';
import offline from './src/integrations/offline.mjs';
import csp from './src/integrations/csp.mjs';
import scormFiles from './src/scorm/integration.ts';
import mathFont from './src/integrations/math-font.mjs';

// Lessons are numbered files (01-…, 02-…) in lecture order; the build checks
// that each file's number matches its `order`. Starlight's `autogenerate` only
// looks inside src/content/docs, so the sidebar lists the files itself.
/** @param {string} dir */
const slugsIn = (dir) => {
  const url = new URL(`./content/${dir}/`, import.meta.url);
  return (existsSync(url) ? readdirSync(url) : [])
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .sort()
    .map((f) => `${dir}/${f.slice(0, -'.mdx'.length)}`);
};

export default defineConfig({
  site: 'https://nn-interactively.example',
  markdown: {
    // KaTeX renders at build time to MathML, which browsers draw natively; no KaTeX script ships.
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [
        rehypeKatexStrict,
        rehypeMathSearch,
        rehypeScrollMath,
        rehypeScrollTables,
      ],
    }),
  },
  vite: {
    build: {
      rollupOptions: {
        output: {
          // Every widget shares one engine chunk (DESIGN.md), cached once.
          manualChunks: (id) => (id.includes('/src/engine/') ? 'engine' : undefined),
        },
      },
    },
  },
  integrations: [
    starlight({
      title: 'Neural Networks, Interactively',
      description:
        'An interactive companion to an introductory lecture on neural networks: lessons, live widgets and graded polls.',
      customCss: ['./src/styles/math.css', './src/styles/palette.css', './src/styles/course.css'],
      components: {
        PageTitle: './src/components/LessonTitle.astro',
        Sidebar: './src/components/CourseSidebar.astro',
        Banner: './src/components/AssignmentBanner.astro',
      },
      sidebar: [
        { label: 'Start here', link: '/' },
        { label: 'Lessons', items: slugsIn('lessons') },
        { label: 'Reference', items: slugsIn('reference') },
        { label: 'For teachers', link: '/teachers/' },
      ],
      head: [{ tag: 'script', attrs: { type: 'module', src: '/register-sw.js' } }],
      // Asides, heading links and Starlight's other Markdown features apply to content/.
      markdown: { processedDirs: ['./content'] },
      lastUpdated: false,
      pagination: true,
    }),
    mdx(),
    preact(),
    // Order matters: the math font is cut and the pages name it, then the
    // policy is written into the pages, then the service worker records their
    // revisions.
    mathFont(),
    csp(),
    offline(),
    // What each lesson needs in a SCORM package (read after the policy is written).
    scormFiles(),
  ],
});
