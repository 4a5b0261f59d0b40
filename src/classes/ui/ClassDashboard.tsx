import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { CatalogLesson } from '../../assign/catalog.ts';
import type { PollInfo } from '../../assign/grading.ts';
import { own } from '../../assign/own.ts';
import { personalLink } from '../link.ts';
import type { Session } from '../session.ts';
import { $classMe, $classSync, refresh, signOut } from '../sync.ts';
import { pageText as t } from '../strings.ts';
import { AssignmentCard } from './AssignmentCard.tsx';
import { MoveDevice } from './MoveDevice.tsx';

/** The signed-in learner's class: who and which class, each assignment with its status, the move-device code, sign out. */
export function ClassDashboard({
  session,
  lessons,
  polls,
}: {
  session: Session;
  lessons: CatalogLesson[];
  polls: Record<string, PollInfo>;
}) {
  const me = useStore($classMe);
  const sync = useStore($classSync);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const pending = Object.values(sync.waiting).reduce((a, b) => a + b, 0);
  const leave = () => {
    if (window.confirm(t.signOutConfirm(pending))) signOut();
  };
  return (
    <div class="class-dashboard">
      <section class="nn-widget class-who" aria-labelledby="class-who-title">
        <h2 id="class-who-title" class="nn-widget-title">
          <bdi>{me?.className ?? session.className}</bdi>
        </h2>
        <p>
          {t.signedInAs}{' '}
          <strong>
            <bdi>{me?.name ?? session.name}</bdi>
          </strong>
        </p>
        {sync.reachable === false && <p class="class-warning">{t.offlineNote}</p>}
        {sync.earlierSent > 0 && <p>{t.earlierSent(sync.earlierSent)}</p>}
        <div class="nn-row">
          <button type="button" class="nn-button" onClick={() => void refresh()}>
            {t.refresh}
          </button>
          <button type="button" class="nn-button" onClick={leave}>
            {t.signOut}
          </button>
        </div>
      </section>
      <section aria-labelledby="class-asg-title">
        <h2 id="class-asg-title">{t.assignmentsTitle}</h2>
        {me && me.assignments.length === 0 && <p>{t.noAssignments}</p>}
        {me?.assignments.map((a) => (
          <AssignmentCard
            key={a.assignment.id}
            a={a}
            lessons={lessons}
            polls={polls}
            waiting={sync.waiting}
            now={now}
          />
        ))}
      </section>
      {sync.refused.length > 0 && (
        <section class="nn-widget" aria-labelledby="class-refused-title">
          <h2 id="class-refused-title" class="nn-widget-title">
            {t.refusedTitle}
          </h2>
          <ul>
            {sync.refused.map((r) => (
              <li key={r.attemptId}>
                {t.refusedItem(
                  own(polls, r.pollId)?.title ?? r.pollId,
                  r.error || own(t.refusedWhy, r.code) || r.code,
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <MoveDevice link={personalLink(location.origin, session.code, session.token)} />
    </div>
  );
}
