import { z } from 'astro/zod';

/** The course fields a lesson's frontmatter carries on top of Starlight's own. */
export const lessonFields = z.object({
  /** Position in the lecture's order, from 1. */
  order: z.number().int().positive(),
  /** Estimated reading-and-doing time in minutes. */
  minutes: z.number().int().positive().max(120),
  /** What a learner can do after the lesson, one sentence each. */
  objectives: z.array(z.string().min(1)).min(1),
  /** The lecture's topics this lesson covers, as the lecture names them. */
  lectureTopics: z.array(z.string().min(1)).min(1),
});

/** The same fields as optional, for the shared Starlight collection (reference pages have none). */
export const optionalLessonFields = lessonFields.partial();

/** Strict schema for `content/lessons/*.mdx`: Starlight's title plus every course field. */
export const lessonSchema = lessonFields.extend({
  title: z.string().min(1),
  description: z.string().min(1).optional(),
});

export type LessonData = z.infer<typeof lessonSchema>;
