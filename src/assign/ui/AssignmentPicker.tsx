import { useState } from 'preact/hooks';
import type { SavedAssignment } from '../db.ts';
import { visible } from '../visible.ts';

/** A short, stable reference for an assignment (its id and key), so two with one title are told apart. */
export function shortRef(fp: string): string {
  const [id, key = ''] = fp.split('.');
  return `${id.slice(0, 6)}-${key.slice(0, 4)}`;
}

const day = (ms: number) => new Date(ms).toLocaleDateString(undefined, { dateStyle: 'medium' });

/** How an assignment is named in the list: title, date and short reference. */
export function assignmentLabel(x: SavedAssignment): string {
  return `${visible(x.title)} · ${day(x.addedAt)} · ${shortRef(x.fp)}${x.archived ? ' · archived' : ''}`;
}

/** Choose a known assignment (archived ones on request) or open one from its link or code. */
export function AssignmentPicker(props: {
  assignments: SavedAssignment[];
  current: string;
  onOpen: (code: string) => void;
}) {
  const [link, setLink] = useState('');
  const [archived, setArchived] = useState(false);
  const shown = props.assignments.filter(
    (x) => archived || !x.archived || x.code === props.current,
  );
  return (
    <form
      class="nn-widget"
      onSubmit={(e) => (e.preventDefault(), props.onOpen(link))}
      aria-labelledby="gb-assign"
    >
      <h2 id="gb-assign" class="nn-widget-title">
        Assignment
      </h2>
      {props.assignments.length > 0 && (
        <>
          <label class="nn-field">
            <span>Assignments in this browser</span>
            <select
              onChange={(e) => props.onOpen(e.currentTarget.value)}
              value={props.current}
              class="gb-select"
            >
              {!shown.some((x) => x.code === props.current) && <option value="">Choose…</option>}
              {shown.map((m) => (
                <option key={m.fp} value={m.code}>
                  {assignmentLabel(m)}
                </option>
              ))}
            </select>
          </label>
          <label class="gb-check">
            <input
              type="checkbox"
              checked={archived}
              onChange={(e) => setArchived(e.currentTarget.checked)}
            />
            Show archived assignments
          </label>
        </>
      )}
      <label class="nn-field">
        <span>Assignment link or code</span>
        <input type="text" value={link} onInput={(e) => setLink(e.currentTarget.value)} />
      </label>
      <button type="submit" class="nn-button">
        Open gradebook
      </button>
    </form>
  );
}
