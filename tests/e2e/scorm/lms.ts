// A stand-in LMS for the browser tests: a course page on http://lms.test/ that
// runs scorm-again's SCORM 1.2 API (a real LMS-side runtime) as window.API and
// shows the unzipped package in an iframe, as Moodle and Canvas do. Every
// request is answered here; anything that would leave lms.test is recorded.
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';

/** The LMS's origin and where it serves the package's files. */
export const LMS = 'http://lms.test';
const SCO = `${LMS}/pluginfile.php/42/mod_scorm/content/1/`;

const types: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  css: 'text/css',
  woff2: 'font/woff2',
  svg: 'image/svg+xml',
  xml: 'application/xml',
};

const harness = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course page of the LMS</title>
<script src="/lib/scorm12.js"></script>
<script>
  // The LMS's side: one Scorm12API per launch, wrapped so a test can make commits fail.
  window.failCommits = 0;
  window.launch = (saved) => {
    const api = new Scorm12API({ logLevel: 5, autocommit: false });
    if (saved) api.loadFromJSON(saved, '');
    let lastError = null;
    window.lms = api;
    window.API = {
      LMSInitialize: (a) => api.LMSInitialize(a),
      LMSFinish: (a) => { window.finished = (window.finished || 0) + 1; return api.LMSFinish(a); },
      LMSGetValue: (e) => api.LMSGetValue(e),
      LMSSetValue: (e, v) => api.LMSSetValue(e, v),
      LMSCommit: (a) => {
        if (window.failCommits > 0) { window.failCommits--; lastError = '101'; return 'false'; }
        lastError = null;
        return api.LMSCommit(a);
      },
      LMSGetLastError: () => lastError ?? api.LMSGetLastError(),
      LMSGetErrorString: (c) => api.LMSGetErrorString(c),
      LMSGetDiagnostic: (c) => api.LMSGetDiagnostic(c),
    };
    const frame = document.createElement('iframe');
    frame.title = 'SCORM package';
    frame.style.cssText = 'width:100%;height:90vh;border:0';
    frame.src = '${SCO}index.html';
    document.body.append(frame);
  };
  // The learner leaves: the package's frame goes away; the LMS keeps what it was sent.
  window.leave = () => {
    document.querySelector('iframe').remove();
    return JSON.parse(JSON.stringify(window.lms.cmi));
  };
</script></head><body><h1>Course page</h1></body></html>`;

/** Serves the LMS page, scorm-again and the package's files; records URLs asked of other origins and files the package lacks. */
export async function serveLms(
  page: Page,
  zip: Uint8Array,
): Promise<{ files: Record<string, Uint8Array>; strays: string[]; missing: string[] }> {
  const files = unzipSync(zip);
  const strays: string[] = [];
  const missing: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(LMS) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
      strays.push(r.url());
  });
  await page.route(`${LMS}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/course/view.html')
      return route.fulfill({ body: harness, contentType: 'text/html' });
    if (url.pathname === '/lib/scorm12.js')
      return route.fulfill({
        body: readFileSync('node_modules/scorm-again/dist/scorm12.js', 'utf8'),
        contentType: 'text/javascript',
      });
    const path = decodeURIComponent(url.href.split(/[?#]/)[0].slice(SCO.length));
    const file = url.href.startsWith(SCO) ? files[path] : undefined;
    if (!file) {
      missing.push(url.href);
      return route.fulfill({ status: 404, body: 'not found' });
    }
    return route.fulfill({
      body: Buffer.from(file),
      contentType: types[path.split('.').pop() ?? ''] ?? 'application/octet-stream',
    });
  });
  return { files, strays, missing };
}

/** The package's launch page opened directly, as when no LMS is around. */
export const PACKAGE_INDEX = `${SCO}index.html`;
