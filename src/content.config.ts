import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { lessonSchema, optionalLessonFields } from './course/lesson-schema.ts';
import { pollBankSchema } from './quiz/poll-schema.ts';

// Everything Starlight renders lives in content/: the landing page, the
// lessons, the reference pages and the teachers' page.
const pages = '{index,teachers}.mdx';
const sections = '{lessons,reference}/**/[^_]*.mdx';

export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content', pattern: [pages, sections] }),
    schema: docsSchema({ extend: optionalLessonFields }),
  }),
  // The same lesson files again, held to the strict course schema: a lesson
  // missing a course field fails the build, naming the file and the field.
  lessons: defineCollection({
    loader: glob({ base: './content/lessons', pattern: '[^_]*.mdx' }),
    schema: lessonSchema.loose(),
  }),
  polls: defineCollection({
    loader: glob({ base: './content/polls', pattern: '*.yaml' }),
    schema: pollBankSchema,
  }),
};
