// /polls/<lesson>.json: the feedback, explanation and hint of every poll of one
// lesson, by poll id. The Poll island fetches it on the first Check
// (src/quiz/poll-details.ts), so the page carries only what draws and grades a poll.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBank } from '../../quiz/bank.ts';
import { detailsPath, pollDetail } from '../../quiz/poll-view.ts';
import type { PollDetail } from '../../quiz/client-poll.ts';

export const getStaticPaths = (async () => {
  const { byId, lessonPolls } = await getBank();
  return Object.entries(lessonPolls)
    .filter(([, ids]) => ids.length > 0)
    .map(([lesson, ids]) => ({
      params: { lesson: detailsPath(lesson).slice('/polls/'.length, -'.json'.length) },
      props: {
        details: Object.fromEntries(
          ids.map((id) => [id, pollDetail(byId.get(id)!.client)]),
        ) as Record<string, PollDetail>,
      },
    }));
}) satisfies GetStaticPaths;

/** Built once per lesson into dist/polls/. */
export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.details), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
