// The texts a poll shows after a Check (feedback, explanation, hint), loaded
// in the browser on the first Check of any poll of the lesson and kept for the
// others; the service worker precaches the file, so it works offline after one
// visit. A failed load still grades: the texts are then empty and the island
// says the explanation could not be loaded.
import type { GradablePoll } from './grade.ts';
import type { PollDetail, PollView } from './client-poll.ts';

const lessons = new Map<string, Promise<Record<string, PollDetail>>>();

async function fetchLesson(url: string): Promise<Record<string, PollDetail>> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as Record<string, PollDetail>;
}

/** The poll's texts after a Check: its own when it carries them, else its lesson's file (null when that cannot be loaded). */
export async function loadDetail(poll: PollView): Promise<PollDetail | null> {
  if (poll.details === undefined) {
    return {
      explanation: poll.explanation ?? '',
      ...(poll.hint ? { hint: poll.hint } : {}),
      feedback: Object.fromEntries((poll.options ?? []).map((o) => [o.id, o.feedback ?? ''])),
    };
  }
  const url = new URL(poll.details, document.baseURI).href;
  let lesson = lessons.get(url);
  if (!lesson) {
    lesson = fetchLesson(url);
    lessons.set(url, lesson);
  }
  try {
    return (await lesson)[poll.id] ?? null;
  } catch {
    // Forget the failure, so that the next Check tries again (the connection may be back).
    lessons.delete(url);
    return null;
  }
}

/** The poll as grade() reads it, with the loaded texts (empty ones when they could not be loaded). */
export function gradable(poll: PollView, detail: PollDetail | null): GradablePoll {
  const explanation = detail?.explanation ?? '';
  const options = (poll.options ?? []).map((o) => ({
    id: o.id,
    feedback: detail?.feedback[o.id] ?? '',
  }));
  switch (poll.type) {
    case 'single':
      return { type: 'single', options, answer: poll.answer, explanation };
    case 'multiple':
      return { type: 'multiple', options, answer: poll.answer, explanation };
    case 'numeric':
      return {
        type: 'numeric',
        answer: poll.answer,
        tolerance: poll.tolerance,
        unit: poll.unit,
        explanation,
      };
    case 'widget':
      return { type: 'widget', check: poll.check, explanation };
  }
}
