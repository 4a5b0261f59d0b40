// Marks the table-of-contents link of the section being read (aria-current).
//
// Starlight's own script finds, with `:not(:has(…))` queries over every element
// of the page, each block between two headings and observes them all (about
// 90 ms of style work on lesson 7, once per table of contents). This one observes
// only the headings the links point to. Its observer's root reaches from far
// above the page down to the reading line, so a heading is "intersecting" exactly
// when it sits above that line, and the section being read is the last such
// heading: the same answer Starlight gives, from a few dozen targets.

/** Starlight's reading band starts 2rem below the bars and is 53 px tall; we use its lower edge. */
const BAND_OFFSET_PX = 32 + 53;
/** How long a resize must settle before the observer is rebuilt (as Starlight waits). */
const RESIZE_SETTLE_MS = 200;

const whenIdle = (run: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(run) : setTimeout(run, 1);

/** The block that holds a heading at the top level of the content: never inside a content-visibility subtree. */
function observedBlock(heading: HTMLElement): HTMLElement {
  const content = heading.closest('.sl-markdown-content');
  let block = heading;
  while (content && block.parentElement && block.parentElement !== content)
    block = block.parentElement;
  return content ? block : heading;
}

/** The `<heading-toc>` element: the desktop "On this page" column. */
export class HeadingToc extends HTMLElement {
  private current: HTMLAnchorElement | null = null;
  private observer: IntersectionObserver | undefined;
  private resizeTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    whenIdle(() => this.start());
  }

  /** Marks `link` as the current section (and only it). */
  protected mark(link: HTMLAnchorElement) {
    if (link === this.current) return;
    this.current?.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'true');
    this.current = link;
  }

  /** Where a section starts counting as read: below the header, and the phone's bar when it shows. */
  private readingLine(): number {
    const header = document.querySelector('header')?.getBoundingClientRect().height ?? 0;
    const bar = this.querySelector('summary')?.getBoundingClientRect().height ?? 0;
    return header + bar + BAND_OFFSET_PX;
  }

  private start() {
    const sections: { block: Element; link: HTMLAnchorElement }[] = [];
    for (const link of this.querySelectorAll('a')) {
      const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (heading) sections.push({ block: observedBlock(heading), link });
    }
    if (sections.length === 0) return;
    const above = new Set<Element>();
    const update = (entries: IntersectionObserverEntry[]) => {
      for (const e of entries) e.isIntersecting ? above.add(e.target) : above.delete(e.target);
      const reading = sections.findLast((s) => above.has(s.block)) ?? sections[0];
      this.mark(reading.link);
    };
    const observe = () => {
      const root = document.documentElement;
      // Far enough above that no heading of the page ever leaves the root upwards.
      const reach = Math.max(4 * root.scrollHeight, 100_000);
      const bottom = this.readingLine() - root.clientHeight;
      above.clear();
      this.observer = new IntersectionObserver(update, {
        rootMargin: `${reach}px 0px ${bottom}px 0px`,
      });
      for (const s of sections) this.observer.observe(s.block);
    };
    observe();
    window.addEventListener('resize', () => {
      this.observer?.disconnect();
      clearTimeout(this.resizeTimer);
      this.resizeTimer = setTimeout(() => whenIdle(observe), RESIZE_SETTLE_MS);
    });
  }
}

/** The `<mobile-heading-toc>` element: the phone's bar, which also names the current section and closes itself. */
export class MobileHeadingToc extends HeadingToc {
  protected override mark(link: HTMLAnchorElement) {
    super.mark(link);
    const display = this.querySelector('.display-current');
    if (display) display.textContent = link.textContent;
  }

  override connectedCallback() {
    super.connectedCallback();
    const details = this.querySelector('details');
    if (!details) return;
    const close = () => (details.open = false);
    for (const a of details.querySelectorAll('a')) a.addEventListener('click', close);
    window.addEventListener('click', (e) => {
      if (!details.contains(e.target as Node)) close();
    });
    window.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || !details.open) return;
      const hadFocus = details.contains(document.activeElement);
      close();
      if (hadFocus) details.querySelector('summary')?.focus();
    });
  }
}
