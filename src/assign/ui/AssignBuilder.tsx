import { useState } from 'preact/hooks';
import { assignmentLink, encodeAssignment, type Assignment } from '../assignment.ts';
import { randomId } from '../codec.ts';
import type { Catalog, CatalogLesson } from '../catalog.ts';
import { own } from '../own.ts';
import { inSections } from '../sections.ts';
import { $justMade, rememberMade } from '../store.ts';
import { LessonPicker, type Choice } from './LessonPicker.tsx';
import { AssignShare } from './AssignShare.tsx';

/** The teacher's assignment builder: lessons or sections, polls, title, instructions, due date; then the link. */
export default function AssignBuilder({ catalog }: { catalog: Catalog }) {
  const [title, setTitle] = useState('');
  const [instructions, setInstructions] = useState('');
  const [due, setDue] = useState('');
  const [chosen, setChosen] = useState<Record<string, Choice>>({});
  // The teacher's own ticks and unticks; other polls follow the chosen sections.
  const [picked, setPicked] = useState<Record<string, boolean>>({});
  const [error, setError] = useState('');
  const [made, setMade] = useState<{ a: Assignment; link: string } | null>(null);

  const isOn = (l: CatalogLesson, p: string) => {
    const c = chosen[l.id];
    const byDefault =
      c === 'all' || (Array.isArray(c) && inSections(p, c, l.sections, l.pollSection));
    return own(picked, p) ?? byDefault;
  };
  const polls = catalog.lessons
    .filter((l) => chosen[l.id])
    .flatMap((l) => l.polls.filter((p) => isOn(l, p)));

  async function make(e: Event) {
    e.preventDefault();
    const lessons = catalog.lessons.filter((l) => chosen[l.id]);
    const dueMs = due ? new Date(due).getTime() : null;
    if (!title.trim()) return setError('Give the assignment a title.');
    if (lessons.length === 0) return setError('Choose at least one lesson or section.');
    if (dueMs !== null && (!Number.isFinite(dueMs) || new Date(dueMs).getFullYear() > 9999))
      return setError('The due date is not a valid date.');
    setError('');
    const a: Assignment = {
      id: randomId(9),
      key: randomId(16),
      title: title.trim().slice(0, 200),
      instructions: instructions.trim().slice(0, 4000),
      due: dueMs,
      lessons: lessons.map((l) =>
        chosen[l.id] === 'all'
          ? { lesson: l.id }
          : { lesson: l.id, sections: chosen[l.id] as string[] },
      ),
      polls,
    };
    const code = await encodeAssignment(a);
    if (!rememberMade({ assignment: a, code }))
      setError(
        'The browser’s storage is full, so this assignment is not remembered here: copy its link now and keep it.',
      );
    setMade({ a, link: assignmentLink(location.origin, code) });
    $justMade.set(a);
  }

  return (
    <div class="assign-builder">
      <form
        class="nn-widget no-print"
        onSubmit={make}
        aria-labelledby="assign-form-title"
        noValidate
      >
        <h2 id="assign-form-title" class="nn-widget-title">
          Make an assignment
        </h2>
        <label class="nn-field">
          <span>Title</span>
          <input
            type="text"
            value={title}
            maxLength={200}
            required
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
        </label>
        <label class="nn-field">
          <span>Instructions (optional)</span>
          <textarea
            rows={3}
            maxLength={4000}
            value={instructions}
            onInput={(e) => setInstructions(e.currentTarget.value)}
          />
        </label>
        <label class="nn-field">
          <span>Due (your local time; optional)</span>
          <input type="datetime-local" value={due} onInput={(e) => setDue(e.currentTarget.value)} />
        </label>
        <h3>What to read and answer</h3>
        <LessonPicker
          lessons={catalog.lessons}
          polls={catalog.polls}
          chosen={chosen}
          isOn={isOn}
          onChoose={(l, c) => setChosen(({ [l]: _, ...rest }) => (c ? { ...rest, [l]: c } : rest))}
          onPoll={(p, on) => setPicked((s) => ({ ...s, [p]: on }))}
        />
        <p role="status" class="nn-status">
          {Object.keys(chosen).length} lesson(s) chosen, {polls.length} poll(s) included.
        </p>
        {error && (
          <p class="nn-field-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="nn-button">
          Make the link
        </button>
      </form>
      {made && (
        <AssignShare a={made.a} link={made.link} lessons={catalog.lessons} polls={catalog.polls} />
      )}
    </div>
  );
}
