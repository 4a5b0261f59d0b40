// After the build, Workbox writes a service worker that precaches the whole
// course (pages, scripts, styles, KaTeX fonts), so after one visit every
// lesson reads offline. public/register-sw.js registers it.
import { generateSW } from 'workbox-build';
import { fileURLToPath } from 'node:url';

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
          globPatterns: ['**/*.{html,js,css,woff2,svg,webmanifest}'],
          globIgnores: ['sw.js', 'pagefind/**'],
          maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          skipWaiting: true,
          // Search works offline too once its index has been fetched.
          runtimeCaching: [
            {
              urlPattern: /\/pagefind\//,
              handler: 'StaleWhileRevalidate',
              options: { cacheName: 'search-index' },
            },
          ],
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`service worker precaches ${count} files (${(size / 1024).toFixed(0)} KB)`);
      },
    },
  };
}
