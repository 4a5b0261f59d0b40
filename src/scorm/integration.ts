// After the build: dist/scorm-files.json, the files each lesson page and the
// SCORM player need, so the builder (in the browser) and `npm run build:scorm`
// package exactly what the pages load, hashed names included.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLAYER_PAGE, SCORM_FILES, pageAssets, type ScormFiles } from './files.ts';

/** The file list of a built site in `dist`. */
export function listScormFiles(dist: string): ScormFiles {
  const read = (p: string) =>
    existsSync(join(dist, p)) ? readFileSync(join(dist, p), 'utf8') : null;
  const entry = (page: string) => ({ page, assets: pageAssets(read(page) ?? '', read) });
  const lessons: ScormFiles['lessons'] = {};
  for (const slug of readdirSync(join(dist, 'lessons')).sort()) {
    const page = `lessons/${slug}/index.html`;
    if (!existsSync(join(dist, page))) continue;
    const lesson = entry(page);
    // The polls' feedback, which the page fetches on Check (src/quiz/poll-details.ts).
    const polls = `polls/${slug}.json`;
    if (existsSync(join(dist, polls))) lesson.assets = [...lesson.assets, polls].sort();
    lessons[`lessons/${slug}`] = lesson;
  }
  if (!existsSync(join(dist, PLAYER_PAGE))) throw new Error(`${PLAYER_PAGE} was not built`);
  return { player: entry(PLAYER_PAGE), lessons };
}

/** An Astro integration that writes dist/scorm-files.json once the site is built. */
export default function scormFiles() {
  return {
    name: 'course-scorm-files',
    hooks: {
      'astro:build:done': ({ dir, logger }: { dir: URL; logger: { info(m: string): void } }) => {
        const dist = fileURLToPath(dir);
        const list = listScormFiles(dist);
        writeFileSync(join(dist, SCORM_FILES), JSON.stringify(list));
        logger.info(`${SCORM_FILES}: the files of ${Object.keys(list.lessons).length} lessons`);
      },
    },
  };
}
