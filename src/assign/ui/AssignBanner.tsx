import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $assignment, $learnerAssignments } from '../store.ts';
import { timeLeft } from '../strings.ts';
import { visible } from '../visible.ts';

/** A line on every page while the learner has an assignment: its title and the time left. */
export default function AssignBanner() {
  const remembered = useStore($assignment);
  const count = useStore($learnerAssignments).length;
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(t);
  }, []);
  if (!remembered) return null;
  const a = remembered.assignment;
  return (
    <p class="assign-banner" role="note" aria-label="Your assignment">
      <a href="/assignment/">
        Assignment:{' '}
        <strong>
          <bdi>{visible(a.title)}</bdi>
        </strong>
      </a>{' '}
      — <span>{timeLeft(a.due, now)}</span>
      {count > 1 && ` (and ${count - 1} more)`}
    </p>
  );
}
