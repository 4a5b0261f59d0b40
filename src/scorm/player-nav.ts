// The player's list of the assignment's lessons: links that open in the
// lesson frame, the current one marked, and the lesson shown remembered
// (as the LMS's lesson_location: a lesson id).
import type { Assignment } from '../assign/assignment.ts';

/** A lesson as the player page knows it (from the catalog, at build). */
export interface PlayerLesson {
  id: string;
  title: string;
  href: string;
  sections: { id: string; text: string }[];
}

/** The lesson frame's controls. */
export interface LessonNav {
  /** Opens a lesson by id (the first assigned one when unknown). */
  open(id: string): void;
  /** The lesson id shown now ('' before any). */
  current(): string;
}

const pageOf = (href: string) => `${href.replace(/^\/+/, '')}index.html`;

/** Fills `list` with the assigned lessons (and sections) as links into `frame`. */
export function lessonLinks(
  list: HTMLElement,
  a: Assignment,
  lessons: PlayerLesson[],
  frame: HTMLIFrameElement,
): LessonNav {
  const shown = a.lessons
    .map((l) => ({ l, info: lessons.find((x) => x.id === l.lesson) }))
    .filter((x) => x.info) as { l: Assignment['lessons'][number]; info: PlayerLesson }[];
  const links: HTMLAnchorElement[] = [];
  let current = '';
  const mark = (id: string) => {
    current = id;
    for (const link of links)
      if (link.dataset.lesson === id && !link.hash) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
  };
  const link = (text: string, href: string, id: string) => {
    const el = document.createElement('a');
    el.href = href;
    el.target = frame.name;
    el.textContent = text;
    el.dataset.lesson = id;
    el.addEventListener('click', () => mark(id));
    links.push(el);
    return el;
  };
  for (const { l, info } of shown) {
    const li = document.createElement('li');
    li.append(link(info.title, pageOf(info.href), info.id));
    if (l.sections) {
      const sub = document.createElement('ul');
      for (const s of l.sections) {
        const item = document.createElement('li');
        const text = info.sections.find((x) => x.id === s)?.text ?? s;
        item.append(link(text, `${pageOf(info.href)}#${s}`, info.id));
        sub.append(item);
      }
      li.append(sub);
    }
    list.append(li);
  }
  // Links inside the lessons move the frame too: follow them.
  frame.addEventListener('load', () => {
    try {
      const path = frame.contentWindow?.location.pathname ?? '';
      const hit = shown.find(
        (x) => path.endsWith(`/${pageOf(x.info.href)}`) || path.endsWith(x.info.href),
      );
      if (hit) mark(hit.info.id);
    } catch {
      // A page of another origin in the frame: nothing to follow.
    }
  });
  return {
    open(id) {
      const target = shown.find((x) => x.info.id === id) ?? shown[0];
      if (!target) return;
      mark(target.info.id);
      frame.src = pageOf(target.info.href);
    },
    current: () => current,
  };
}
