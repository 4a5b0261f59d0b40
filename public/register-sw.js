// Registers the Workbox service worker that keeps the course readable offline.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // No service worker (e.g. the development server): the site works online as before.
    });
  });
}
