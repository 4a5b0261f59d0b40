import type { CatalogLesson } from '../catalog.ts';
import type { PollInfo } from '../grading.ts';
import { own } from '../own.ts';

/** A lesson's choice: not chosen, the whole lesson, or some sections (heading ids). */
export type Choice = 'all' | string[];

/** Lesson and section checkboxes, then each chosen lesson's polls by section (those of the chosen sections ticked unless changed). */
export function LessonPicker(props: {
  lessons: CatalogLesson[];
  polls: Record<string, PollInfo>;
  chosen: Record<string, Choice>;
  isOn: (lesson: CatalogLesson, poll: string) => boolean;
  onChoose: (lesson: string, choice: Choice | null) => void;
  onPoll: (poll: string, included: boolean) => void;
}) {
  const { lessons, polls, chosen } = props;
  return (
    <div class="assign-lessons">
      {lessons.map((l, i) => {
        const c = chosen[l.id];
        const key = `pick-${i}`;
        return (
          <fieldset class="assign-lesson" key={l.id}>
            <legend>
              <label>
                <input
                  type="checkbox"
                  checked={c === 'all'}
                  onChange={(e) => props.onChoose(l.id, e.currentTarget.checked ? 'all' : null)}
                />
                Lesson {i + 1}: {l.title} (whole lesson)
              </label>
            </legend>
            {l.sections.length > 0 && (
              <details open={Array.isArray(c)}>
                <summary>Or choose sections of lesson {i + 1}</summary>
                <ul class="assign-sections">
                  {l.sections.map((s) => {
                    const on = c === 'all' || (Array.isArray(c) && c.includes(s.id));
                    const toggle = (checked: boolean) => {
                      const now =
                        c === 'all' ? l.sections.map((x) => x.id) : Array.isArray(c) ? c : [];
                      const next = checked ? [...now, s.id] : now.filter((x) => x !== s.id);
                      const ordered = l.sections.map((x) => x.id).filter((x) => next.includes(x));
                      props.onChoose(
                        l.id,
                        ordered.length === 0
                          ? null
                          : ordered.length === l.sections.length
                            ? 'all'
                            : ordered,
                      );
                    };
                    return (
                      <li key={s.id} class={s.depth === 3 ? 'assign-sub' : undefined}>
                        <label>
                          <input
                            type="checkbox"
                            checked={on}
                            onChange={(e) => toggle(e.currentTarget.checked)}
                          />
                          {s.text}
                        </label>
                      </li>
                    );
                  })}
                </ul>
              </details>
            )}
            {c && l.polls.length > 0 && (
              <fieldset class="assign-polls" aria-describedby={`${key}-hint`}>
                <legend>Polls of lesson {i + 1} to answer</legend>
                <p id={`${key}-hint`} class="assign-hint">
                  {c === 'all'
                    ? 'All are included unless you untick them.'
                    : 'The polls of the chosen sections are ticked; tick or untick any.'}
                </p>
                {l.polls.map((p) => {
                  const at = own(l.pollSection, p);
                  const section = at ? l.sections.find((x) => x.id === at)?.text : undefined;
                  return (
                    <label key={p} class="assign-poll">
                      <input
                        type="checkbox"
                        checked={props.isOn(l, p)}
                        onChange={(e) => props.onPoll(p, e.currentTarget.checked)}
                      />
                      <span>
                        {own(polls, p)?.title ?? p}
                        <span class="assign-poll-section">
                          {' '}
                          (section: {section ?? 'lesson introduction'})
                        </span>
                      </span>
                    </label>
                  );
                })}
              </fieldset>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
