import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $pollStates } from '../store.ts';
import { lessonScore, type PollState } from '../derive.ts';
import { progressText as t } from '../strings.ts';
import { StorageNotice } from './StorageNotice.tsx';
import { TransferPanel } from './TransferPanel.tsx';

/** A lesson as the progress page lists it. */
export interface ProgressLesson {
  id: string;
  title: string;
  href: string;
  polls: { id: string; title: string }[];
}

function resultText(s: PollState | undefined): string {
  if (!s) return t.notTried;
  if (!s.solved) return t.notYet;
  return s.firstTryCorrect ? t.rightFirst : t.rightAfter(s.attempts);
}

const when = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "My progress": each lesson's status and score, each poll's result, and export, import and reset. */
export default function ProgressView({ lessons }: { lessons: ProgressLesson[] }) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const all = useStore($pollStates);
  const states = mounted ? all : {};
  return (
    <div class="nn-progress">
      {mounted ? <StorageNotice /> : <p>{t.loading}</p>}
      {lessons.map((lesson, index) => {
        const score = lessonScore(
          lesson.polls.map((p) => p.id),
          states,
        );
        const headingId = `progress-${lesson.id.replace('/', '-')}`;
        return (
          <section
            key={lesson.id}
            aria-labelledby={headingId}
            class="nn-progress-lesson"
            data-status={score.status}
          >
            <h2 id={headingId}>
              <a href={lesson.href}>{lesson.title}</a>
            </h2>
            <p class="nn-progress-score">
              <strong class="nn-progress-status">{t.status[score.status]}</strong>
              {lesson.polls.length > 0
                ? ` · ${t.lessonScore(score.solved, score.total, score.firstTry)}`
                : ''}
            </p>
            {lesson.polls.length === 0 ? (
              <p>{t.noPolls}</p>
            ) : (
              // Wider than a phone: it scrolls in its own focusable, named region.
              <div
                class="nn-table-wrap"
                role="region"
                tabIndex={0}
                aria-label={t.tableLabel(index + 1)}
              >
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t.question}</th>
                      <th scope="col">{t.result}</th>
                      <th scope="col">{t.attemptsHeader}</th>
                      <th scope="col">{t.lastHeader}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {lesson.polls.map((p) => {
                      const s = states[p.id];
                      return (
                        <tr key={p.id} data-poll={p.id}>
                          <th scope="row">{p.title}</th>
                          <td data-solved={s?.solved ? 'yes' : 'no'}>
                            <span aria-hidden="true">{s?.solved ? '✓ ' : s ? '✗ ' : ''}</span>
                            {resultText(s)}
                          </td>
                          <td>{s?.attempts ?? 0}</td>
                          <td>{s ? when(s.lastAt) : '—'}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}
      {mounted && <TransferPanel />}
    </div>
  );
}
