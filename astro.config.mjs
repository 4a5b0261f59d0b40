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
import rehypeHeadingLinks from './src/markdown/rehype-heading-links.mjs';
import { existsSync, readdirSync } from 'node:fs';
import offline from './src/integrations/offline.mjs';
import csp from './src/integrations/csp.mjs';
import scormFiles from './src/scorm/integration.ts';
import mathFont from './src/integrations/math-font.mjs';
import searchWords from './src/integrations/search-words.ts';

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
        rehypeHeadingLinks,
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
      customCss: [
        './src/styles/math.css',
        './src/styles/palette.css',
        './src/styles/course.css',
        './src/styles/heading-links.css',
      ],
      components: {
        PageTitle: './src/components/LessonTitle.astro',
        Sidebar: './src/components/CourseSidebar.astro',
        Banner: './src/components/AssignmentBanner.astro',
        // The current-section script observes the headings, not every element (issue 20).
        TableOfContents: './src/components/toc/TableOfContents.astro',
        MobileTableOfContents: './src/components/toc/MobileTableOfContents.astro',
        // A query with a word no page has finds nothing (Pagefind would match a prefix; issue 18).
        Search: './src/components/search/CourseSearch.astro',
      },
      sidebar: [
        { label: 'Start here', link: '/' },
        { label: 'Lessons', items: slugsIn('lessons') },
        { label: 'Reference', items: slugsIn('reference') },
        { label: 'For teachers', link: '/teachers/' },
      ],
      head: [{ tag: 'script', attrs: { type: 'module', src: '/register-sw.js' } }],
      // Asides and Starlight's other Markdown features apply to content/. Heading
      // links are written by rehype-heading-links.mjs, in fewer elements.
      markdown: { processedDirs: ['./content'], headingLinks: false },
      lastUpdated: false,
      pagination: true,
    }),
    mdx(),
    preact(),
    // Order matters: the math font is cut and the pages name it, then the
    // policy is written into the pages, then the service worker records their
    // revisions.
    mathFont(),
    // The words Pagefind indexed (Starlight ran Pagefind just before), for the search box.
    searchWords(),
    csp(),
    offline(),
    // What each lesson needs in a SCORM package (read after the policy is written).
    scormFiles(),
  ],
});
