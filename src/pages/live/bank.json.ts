// The rendered poll bank for the live pages: every poll as the Poll island
// takes it, and every lesson (in lecture order) with its poll ids and title.
import type { APIRoute } from 'astro';
import { getBank } from '../../quiz/bank.ts';
import { getLessons } from '../../course/lessons.ts';
import { pollTitle } from '../../quiz/poll-title.ts';
import type { LiveBank } from '../../live/bank-types.ts';

/** GET /live/bank.json, built once into dist/. */
export const GET: APIRoute = async () => {
  const { byId, lessonPolls } = await getBank();
  const lessons = (await getLessons()).map((l) => ({
    id: `lessons/${l.id}`,
    title: l.data.title,
    polls: lessonPolls[`lessons/${l.id}`] ?? [],
  }));
  const body: LiveBank = {
    lessons,
    polls: Object.fromEntries([...byId].map(([id, e]) => [id, e.client])),
    titles: Object.fromEntries([...byId].map(([id, e]) => [id, pollTitle(e.poll.prompt)])),
  };
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
