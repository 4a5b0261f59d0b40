import { getCollection, type CollectionEntry } from 'astro:content';

/**
 * Every lesson in lecture order (by its `order` field). The number in a
 * lesson's file name must equal its order (the sidebar sorts by file name),
 * and two lessons cannot share one order; either mistake fails the build.
 */
export async function getLessons(): Promise<CollectionEntry<'lessons'>[]> {
  const lessons = (await getCollection('lessons')).sort((a, b) => a.data.order - b.data.order);
  for (const lesson of lessons) {
    const prefix = Number.parseInt(lesson.id, 10);
    if (prefix !== lesson.data.order) {
      throw new Error(
        `${lesson.filePath}: "order" is ${lesson.data.order} but the file name starts with ${Number.isNaN(prefix) ? 'no number' : prefix}; name the file ${String(lesson.data.order).padStart(2, '0')}-….mdx or change "order".`,
      );
    }
  }
  for (let i = 1; i < lessons.length; i++) {
    const [a, b] = [lessons[i - 1], lessons[i]];
    if (a.data.order === b.data.order) {
      throw new Error(
        `${b.filePath}: "order" ${b.data.order} is already taken by ${a.filePath}; every lesson needs its own place in the lecture order.`,
      );
    }
  }
  return lessons;
}

/** The site path of a lesson, as Starlight routes it. */
export function lessonHref(lesson: CollectionEntry<'lessons'>): string {
  return `/lessons/${lesson.id}/`;
}
