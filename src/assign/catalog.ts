// What the assignment pages need to know about the course, computed at build
// from the lessons (their h2/h3 headings) and the poll bank, so it never drifts.
import { render } from 'astro:content';
import { getLessons, lessonHref } from '../course/lessons.ts';
import { getBank } from '../quiz/bank.ts';
import { pollTitle } from '../quiz/poll-title.ts';
import type { PollInfo } from './grading.ts';
import { pollSections, withParents, type Section } from './sections.ts';

/** A lesson as the builder and the learner's checklist show it. */
export interface CatalogLesson {
  id: string;
  title: string;
  href: string;
  sections: Section[];
  polls: string[];
  /** Each poll's section (heading id); polls before the first heading are absent. */
  pollSection: Record<string, string>;
}

/** Every lesson in order, and every poll by id. */
export interface Catalog {
  lessons: CatalogLesson[];
  polls: Record<string, PollInfo>;
}

const plain = (html: string) => pollTitle(html.replace(/<[^>]*>/g, ''), 60);

/** The course's catalog (lessons with sections and polls; polls gradable, without their HTML). */
export async function getCatalog(): Promise<Catalog> {
  const bank = await getBank();
  const lessons: CatalogLesson[] = [];
  for (const lesson of await getLessons()) {
    const { headings } = await render(lesson);
    const id = `lessons/${lesson.id}`;
    const sections = withParents(
      headings
        .filter((h) => h.depth === 2 || h.depth === 3)
        .map((h) => ({ id: h.slug, text: h.text, depth: h.depth })),
    );
    lessons.push({
      id,
      title: lesson.data.title,
      href: lessonHref(lesson),
      sections,
      polls: bank.lessonPolls[id] ?? [],
      // A plain object: it crosses into the islands as JSON.
      pollSection: { ...pollSections(lesson.body ?? '', sections) },
    });
  }
  const polls: Record<string, PollInfo> = {};
  for (const [pid, entry] of bank.byId) {
    const p = entry.poll;
    const gradable =
      p.type === 'single' || p.type === 'multiple'
        ? {
            type: p.type,
            answer: p.answer,
            explanation: '',
            options: p.options.map((o) => ({ id: o.id, feedback: '' })),
          }
        : p.type === 'numeric'
          ? {
              type: p.type,
              answer: p.answer,
              tolerance: p.tolerance,
              unit: p.unit,
              explanation: '',
            }
          : { type: p.type, check: p.check, explanation: '' };
    polls[pid] = {
      id: pid,
      lesson: entry.lesson,
      title: pollTitle(p.prompt),
      gradable: gradable as PollInfo['gradable'],
      options:
        'options' in p
          ? p.options.map((o, i) => ({
              id: o.id,
              label: entry.client.options?.[i]?.label ?? (plain(o.text) || o.id),
            }))
          : undefined,
    };
  }
  return { lessons, polls };
}
