import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $classMe, $classSession, $classSync, startClassSync } from '../sync.ts';
import type { MyAssignment } from '../api.ts';
import { statusLine, statusWords } from '../status.ts';
import { bannerText as b, statusText as t } from '../strings.ts';

/** The lesson id of this page ("lessons/02-perceptron"), from its address. */
const pageLesson = () => {
  const m = /^\/(lessons\/[^/]+)\/?$/.exec(location.pathname);
  return m ? m[1] : null;
};

/** The polls of `a` that are embedded in this page, with the question as the page shows it. */
function pollsHere(a: MyAssignment) {
  return a.assignment.polls.flatMap((id) => {
    const form = document.querySelector(`form[data-poll="${CSS.escape(id)}"]`);
    if (!form) return [];
    // The question without the "From the lecture" badge.
    const legend = document.getElementById(`poll-${id}-q`);
    const q = (legend?.querySelector('span:not(.poll-badge)') ?? legend)?.textContent?.trim() || id;
    return [{ id, title: q.length > 80 ? `${q.slice(0, 79)}…` : q }];
  });
}

/** On a lesson page, while signed in to a class: the assignment covering it, its server status and its polls here. */
export default function ClassBanner() {
  const session = useStore($classSession);
  const me = useStore($classMe);
  const sync = useStore($classSync);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    startClassSync();
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  if (!session || !me) return null;
  const lesson = pageLesson();
  if (!lesson) return null;
  const covering = me.assignments
    .map((a) => ({ a, here: pollsHere(a) }))
    .filter(
      ({ a, here }) => here.length > 0 || a.assignment.lessons.some((l) => l.lesson === lesson),
    );
  if (covering.length === 0) return null;
  return (
    <aside class="class-banner" aria-label={b.label}>
      {covering.map(({ a, here }) => {
        const waiting = a.assignment.polls.reduce((n, p) => n + (sync.waiting[p] ?? 0), 0);
        const words = statusWords(a, now);
        return (
          <div key={a.assignment.id} class="class-banner-item">
            <p class="class-banner-line">
              <a href="/class/">
                {b.assignment} <bdi>{a.assignment.title}</bdi>
              </a>{' '}
              — <span class={`class-status class-status-${words.tone}`}>{statusLine(words)}</span>
              {waiting > 0 && <span class="class-waiting"> · {t.waiting(waiting)}</span>}
            </p>
            {here.length > 0 && (
              <details class="class-banner-polls">
                <summary>
                  {b.onThisPage} ({here.filter((p) => a.polls[p.id]?.outcome !== 'none').length} of{' '}
                  {here.length})
                </summary>
                <ul>
                  {here.map((p) => {
                    const outcome = a.polls[p.id]?.outcome ?? 'none';
                    const queued = sync.waiting[p.id] ?? 0;
                    return (
                      <li key={p.id}>
                        <span aria-hidden="true">{outcome === 'none' ? '○ ' : '✓ '}</span>
                        <a href={`#poll-${p.id}-q`}>{p.title}</a>:{' '}
                        {queued > 0 ? t.waiting(queued) : t.outcome[outcome]}
                      </li>
                    );
                  })}
                </ul>
              </details>
            )}
          </div>
        );
      })}
    </aside>
  );
}
