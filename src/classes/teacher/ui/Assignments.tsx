import { useState } from 'preact/hooks';
import type { PollInfo } from '../../../assign/grading.ts';
import { dueText } from '../../../assign/strings.ts';
import { visible } from '../../../assign/visible.ts';
import { LiveStatus } from '../../../ui/LiveStatus.tsx';
import { classApi, type ApiError } from '../api.ts';
import type { KnownClass } from '../keep.ts';
import { assignText as t } from '../strings.ts';
import type { ClassAssignment, ClassOverview } from '../types.ts';
import { ClassGradebook } from './ClassGradebook.tsx';

/** A datetime-local value for `ms` in the reader's time zone ("" for none). */
const localInput = (ms: number | null) => {
  if (ms === null) return '';
  const d = new Date(ms);
  return new Date(ms - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
/** ms from a datetime-local value: null for empty, NaN when it is not a date. */
const fromInput = (v: string) => (v ? new Date(v).getTime() : null);

/** The class's assignments: publish, choose one to see its gradebook, move its due date or extend it for one learner. */
export function Assignments(props: {
  o: ClassOverview;
  cls: KnownClass;
  polls: Record<string, PollInfo>;
  onChanged: () => Promise<void>;
}) {
  const { o, cls } = props;
  const [chosen, setChosen] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  // A counter the gradebook watches: a change made here is fetched at once, not at the next tick.
  const [changes, setChanges] = useState(0);
  const current = o.assignments.find((x) => x.assignment.id === chosen) ?? o.assignments[0];

  const act = async (f: () => Promise<unknown>, said: string) => {
    setError('');
    try {
      await f();
      await props.onChanged();
      setChanges((n) => n + 1);
      setStatus(said);
    } catch (e) {
      setError((e as ApiError).message);
    }
  };

  return (
    <section class="nn-widget" aria-labelledby="class-assignments">
      <h2 id="class-assignments" class="nn-widget-title no-print">
        {t.title}
      </h2>
      {o.assignments.length === 0 ? (
        <p>
          {t.none} <a href="/teachers/assign/">{t.builder}</a>
        </p>
      ) : (
        <ul class="classes-list no-print" aria-label={t.listLabel}>
          {o.assignments.map((x) => {
            const title = visible(x.assignment.title);
            return (
              <li key={x.assignment.id}>
                <button
                  type="button"
                  class="nn-button"
                  aria-pressed={x === current}
                  onClick={() => setChosen(x.assignment.id)}
                >
                  {t.show(title)}
                </button>{' '}
                <span>
                  {t.due(dueText(x.assignment.due))}
                  {!x.published && ` · ${t.unpublished}`}
                </span>{' '}
                {!x.published && (
                  <button
                    type="button"
                    class="gb-remove"
                    onClick={() =>
                      void act(
                        () => classApi.publish(cls.code, cls.key, x.assignment.id),
                        t.published(title),
                      )
                    }
                  >
                    {t.publish(title)}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {o.assignments.length > 0 && (
        <p class="no-print">
          <a href="/teachers/assign/">{t.builder}</a>
        </p>
      )}
      {current && <DueDates key={current.assignment.id} x={current} o={o} act={act} cls={cls} />}
      {error && (
        <p role="alert" class="nn-field-error no-print">
          {error}
        </p>
      )}
      <LiveStatus>{status}</LiveStatus>
      {current && (
        <ClassGradebook
          key={current.assignment.id}
          cls={cls}
          assignmentId={current.assignment.id}
          polls={props.polls}
          changes={changes}
        />
      )}
    </section>
  );
}

function DueDates(props: {
  x: ClassAssignment;
  o: ClassOverview;
  cls: KnownClass;
  act: (f: () => Promise<unknown>, said: string) => Promise<void>;
}) {
  const { x, o, cls, act } = props;
  const id = x.assignment.id;
  const [all, setAll] = useState(localInput(x.assignment.due));
  const [learner, setLearner] = useState(o.learners[0]?.learnerId ?? '');
  const [own, setOwn] = useState('');
  const [bad, setBad] = useState('');
  const nameOf = (lid: string) => visible(o.learners.find((l) => l.learnerId === lid)?.name ?? '');
  const checked = (v: string) => {
    const ms = fromInput(v);
    if (ms !== null && !Number.isFinite(ms)) {
      setBad(t.badDate);
      return undefined;
    }
    setBad('');
    return ms;
  };
  return (
    <div class="class-due no-print">
      <h3>{t.dueTitle}</h3>
      <form
        class="nn-row"
        onSubmit={(e) => {
          e.preventDefault();
          const ms = checked(all);
          if (ms !== undefined) void act(() => classApi.due(cls.code, cls.key, id, ms), t.dueSaved);
        }}
      >
        <label class="nn-field">
          <span>{t.dueAll}</span>
          <input type="datetime-local" value={all} onInput={(e) => setAll(e.currentTarget.value)} />
        </label>
        <button type="submit" class="nn-button">
          {t.saveDue}
        </button>
      </form>
      {o.learners.length > 0 && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const ms = checked(own);
            if (ms === undefined || ms === null) return ms === null && setBad(t.badDate);
            void act(
              () => classApi.due(cls.code, cls.key, id, ms, learner),
              t.extSaved(nameOf(learner)),
            );
          }}
        >
          <fieldset class="class-ext">
            <legend>{t.extTitle}</legend>
            <div class="nn-row">
              <label class="nn-field">
                <span>{t.extLearner}</span>
                <select value={learner} onChange={(e) => setLearner(e.currentTarget.value)}>
                  {o.learners.map((l) => (
                    <option key={l.learnerId} value={l.learnerId}>
                      {visible(l.name)}
                    </option>
                  ))}
                </select>
              </label>
              <label class="nn-field">
                <span>{t.extDue}</span>
                <input
                  type="datetime-local"
                  value={own}
                  onInput={(e) => setOwn(e.currentTarget.value)}
                />
              </label>
            </div>
            <div class="nn-row">
              <button type="submit" class="nn-button">
                {t.saveExt}
              </button>
              <button
                type="button"
                class="nn-button"
                onClick={() =>
                  void act(
                    () => classApi.due(cls.code, cls.key, id, null, learner),
                    t.extRemoved(nameOf(learner)),
                  )
                }
              >
                {t.removeExt}
              </button>
            </div>
          </fieldset>
        </form>
      )}
      {bad && (
        <p role="alert" class="nn-field-error">
          {bad}
        </p>
      )}
    </div>
  );
}
