// After the build, Workbox writes a service worker that precaches the whole
// course (pages, scripts, styles, KaTeX fonts, the search index), so after one
// visit every lesson, and search, works offline. public/register-sw.js registers it.
import { generateSW } from 'workbox-build';
import { fileURLToPath } from 'node:url';
import { offlineNavigation } from './offline-navigation.mjs';

/** An Astro integration that generates dist/sw.js with Workbox once the site is built. */
export default function offline() {
  return {
    name: 'course-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const globDirectory = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory,
          swDest: `${globDirectory}/sw.js`,
          // woff2 is enough: every browser that runs service workers reads it.
          // Pagefind's index (json, pf_meta, pf_index, pf_fragment, its wasm as
          // .pagefind) is precached too, so search works offline after one visit
          // even if the learner never searched online.
          // Each lesson's poll feedback (polls/*.json, fetched on the first Check)
          // is precached with its page, so Check explains offline too.
          globPatterns: [
            '**/*.{html,js,css,woff2,svg,webmanifest}',
            'polls/*.json',
            'search-words.json',
            'pagefind/**/*.{json,pf_meta,pf_index,pf_fragment,pagefind}',
          ],
          globIgnores: ['sw.js', 'pagefind/pagefind-{component,modular}-ui.*'],
          maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
          // Every query is ignored when matching the precache: the playground's
          // `?dataset=…` links and Pagefind's `pagefind-entry.json?ts=…` both
          // find their file (the page reads its own query in the browser).
          ignoreURLParametersMatching: [/.*/],
          directoryIndex: 'index.html',
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          skipWaiting: true,
          // A navigation the precache does not know (no trailing slash, a page
          // that does not exist): the network when online, else the right page
          // or the course's own 404, never the browser's error page.
          runtimeCaching: [
            { urlPattern: offlineNavigation.match, handler: offlineNavigation.handle },
          ],
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`service worker precaches ${count} files (${(size / 1024).toFixed(0)} KB)`);
      },
    },
  };
}
