// The service worker's answer to a page address its precache does not hold.
// Workbox copies these two functions into sw.js as source text, so each must
// stand alone: arrow functions using only the worker's globals (fetch, caches).

/** What the service worker does with page navigations the precache does not match. */
export const offlineNavigation = {
  /** Every page navigation (assets and API calls are left alone). */
  match: ({ request }) => request.mode === 'navigate',

  /**
   * Online: the network's answer, untouched. Offline: an address without its
   * trailing slash is sent to the cached page with it (query kept), anything
   * else gets the course's cached 404 page with status 404.
   */
  handle: async ({ request, url }) => {
    try {
      return await fetch(request);
    } catch (networkError) {
      // Precache keys carry a revision parameter, hence ignoreSearch.
      const cached = (path) => caches.match(new URL(path, url.origin).href, { ignoreSearch: true });
      const lastSegment = url.pathname.split('/').pop() ?? '';
      if (lastSegment !== '' && !lastSegment.includes('.')) {
        const withSlash = `${url.pathname}/`;
        if (await cached(`${withSlash}index.html`)) {
          return Response.redirect(new URL(withSlash + url.search, url.origin).href, 301);
        }
      }
      const notFound = await cached('/404.html');
      if (!notFound) throw networkError;
      return new Response(notFound.body, { status: 404, headers: notFound.headers });
    }
  },
};
