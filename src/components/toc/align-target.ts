// Keeps a jump to a heading (a URL with #id, a table-of-contents link, a link from
// another lesson) landing with the heading at the top, below the sticky bars.
//
// Why this is needed: the lesson's blocks use `content-visibility: auto` with a
// 6rem size estimate (src/styles/course.css, issue 20). The browser jumps using
// those estimates; a frame or two later the blocks around the target render at
// their real heights and the heading is pushed hundreds of pixels off (measured
// up to 380 px on lesson 7 at 1280 px; Chromium's scroll anchoring does not
// correct it). Rendering every block would give up the speed content-visibility
// buys, and no estimate fits both a one-line paragraph and a widget. So for a
// short while after a jump, each frame checks whether the heading moved and, if
// it did, puts it back where `scroll-padding-top` says. Blocks once rendered keep
// their size (`contain-intrinsic-size: auto`), so it settles in a few moves. It
// stops as soon as the reader scrolls, types or touches, so it never fights them.
// Cost: one getBoundingClientRect a frame for about half a second after a jump.

/** The heading must stay put this many frames in a row before the watch ends. */
const STILL_FRAMES = 30;
/** The watch never lasts longer than this, however busy the page. */
const MAX_WATCH_MS = 4000;
/** Below this the heading counts as still: sub-pixel layout noise. */
const STILL_PX = 1;

let run = 0;
let readerActed = false;

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function target(): HTMLElement | null {
  const id = decodeURIComponent(location.hash.slice(1));
  return id ? document.getElementById(id) : null;
}

/** Watches the target for a moment and puts it back at the top whenever rendering moves it. */
async function align() {
  const el = target();
  if (!el) return;
  const mine = ++run;
  await document.fonts.ready;
  const started = performance.now();
  let alignedTop = NaN;
  let still = 0;
  while (still < STILL_FRAMES && performance.now() - started < MAX_WATCH_MS) {
    await frame();
    if (mine !== run || readerActed) return;
    if (Math.abs(el.getBoundingClientRect().top - alignedTop) < STILL_PX) {
      still++;
      continue;
    }
    el.scrollIntoView({ block: 'start', behavior: 'instant' });
    alignedTop = el.getBoundingClientRect().top;
    still = 0;
  }
}

/** A jump the reader asked for (a link, back or forward): earlier scrolling no longer counts against it. */
function alignNewJump() {
  readerActed = false;
  void align();
}

for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'])
  addEventListener(type, () => (readerActed = true), { passive: true, capture: true });

addEventListener('hashchange', alignNewJump);
// A link to the section already in the URL changes no hash but jumps again.
document.addEventListener('click', (e) => {
  const link = (e.target as Element | null)?.closest?.('a[href*="#"]');
  if (
    link instanceof HTMLAnchorElement &&
    link.hash === location.hash &&
    link.pathname === location.pathname
  )
    setTimeout(alignNewJump);
});

// The first load: a reload or back/forward restores the reader's own scroll position, which is theirs to keep.
const navigation = performance.getEntriesByType('navigation')[0] as
  PerformanceNavigationTiming | undefined;
if (!navigation || navigation.type === 'navigate') {
  void align();
  if (document.readyState !== 'complete')
    addEventListener('load', () => void align(), { once: true });
}
