import { useMemo, useState } from 'preact/hooks';
import { renderSVG } from 'uqr';
import type { Assignment } from '../assignment.ts';
import type { CatalogLesson } from '../catalog.ts';
import type { PollInfo } from '../grading.ts';
import { own } from '../own.ts';
import { dueText } from '../strings.ts';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { ScormDownload } from '../../scorm/ScormDownload.tsx';

/** The made assignment: its link with a copy button, a QR code and a printable one-page summary. */
export function AssignShare({
  a,
  link,
  lessons,
  polls,
}: {
  a: Assignment;
  link: string;
  lessons: CatalogLesson[];
  polls: Record<string, PollInfo>;
}) {
  const [status, setStatus] = useState('');
  // The QR image is made from the link by uqr; shown as an <img>, so no markup is injected.
  const qr = useMemo(
    () => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(link, { border: 2 }))}`,
    [link],
  );
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('Link copied.');
    } catch {
      setStatus('Copying is not allowed here: select the link and copy it by hand.');
    }
  }
  const byId = new Map(lessons.map((l, i) => [l.id, { ...l, n: i + 1 }]));
  return (
    <section class="assign-share" aria-labelledby="assign-share-title">
      <h2 id="assign-share-title">
        Assignment: <bdi>{a.title}</bdi>
      </h2>
      <p>Due: {dueText(a.due)}</p>
      {a.instructions && <p class="assign-instructions">{a.instructions}</p>}
      <label class="nn-field assign-link">
        <span>Link for your students</span>
        <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </label>
      {/* A text field prints cut off at its width; on paper the whole link is printed as text. */}
      <p class="print-only assign-link-print">{link}</p>
      <div class="nn-row no-print">
        <button type="button" class="nn-button" onClick={copy}>
          Copy link
        </button>
        <button type="button" class="nn-button" onClick={() => window.print()}>
          Print one-page summary
        </button>
        <a class="nn-button" href={`/teachers/gradebook/#${link.slice(link.indexOf('#') + 1)}`}>
          Open its gradebook
        </a>
      </div>
      <LiveStatus>{status}</LiveStatus>
      <ScormDownload a={a} />
      <img
        class="assign-qr"
        src={qr}
        alt="QR code of the assignment link"
        width="240"
        height="240"
      />
      <h3>What to do</h3>
      <ul>
        {a.lessons.map((l) => {
          const lesson = byId.get(l.lesson);
          if (!lesson) return null;
          const sections = l.sections?.map(
            (s) => lesson.sections.find((x) => x.id === s)?.text ?? s,
          );
          return (
            <li key={l.lesson}>
              Lesson {lesson.n}: {lesson.title}
              {sections ? ` — sections: ${sections.join('; ')}` : ' (whole lesson)'}
            </li>
          );
        })}
      </ul>
      <p>
        {a.polls.length} poll{a.polls.length === 1 ? '' : 's'} to answer:{' '}
        {a.polls.map((p) => own(polls, p)?.title ?? p).join(' · ')}
      </p>
    </section>
  );
}
