import type { SavedRefusal, SavedReport } from '../db.ts';
import { flagText } from '../strings.ts';
import { visible } from '../visible.ts';
import type { Entry } from './use-gradebook.ts';

const when = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * What does not count, kept across reloads: refused codes and files by import
 * batch (with the name a report claims, when readable), and older reports
 * under a name that has a newer one (kept; the teacher may count one instead).
 */
export function NotCounted(props: {
  refusals: (SavedRefusal & { unsaved: boolean })[];
  older: Entry[];
  unreadable: SavedReport[];
  onChoose: (e: Entry) => void;
  onRemove: (e: Entry | SavedReport) => void;
  onClear: () => void;
}) {
  const { refusals, older, unreadable } = props;
  const n = refusals.length + older.length + unreadable.length;
  if (n === 0) return null;
  const batches = [...new Set(refusals.map((r) => r.batch))];
  return (
    <section aria-labelledby="gb-flagged" class="gb-flagged">
      <h2 id="gb-flagged">Not counted ({n})</h2>
      {older.length > 0 && (
        <>
          <h3>Older reports under the same name</h3>
          <p>A newer report under the same name counts instead; these are kept.</p>
          <ul class="gb-flags">
            {older.map((e) => (
              <li key={e.saved.id}>
                <strong>
                  <bdi>{visible(e.report.name)}</bdi>
                </strong>
                , handed in {when(e.report.createdAt)} ({e.saved.source}; {e.saved.batch})
                {e.unsaved && ' — not saved'}{' '}
                <span class="nn-row">
                  <button type="button" class="nn-button" onClick={() => props.onChoose(e)}>
                    Count this one instead
                  </button>
                  <button type="button" class="nn-button" onClick={() => props.onRemove(e)}>
                    Remove
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {batches.map((b) => (
        <div key={b}>
          <h3>Refused in: {b}</h3>
          <ul class="gb-flags">
            {refusals
              .filter((r) => r.batch === b)
              .map((r) => (
                <li key={r.id}>
                  <strong>{visible(r.source)}</strong>
                  {r.name !== undefined && (
                    <>
                      {' '}
                      (<bdi>{visible(r.name.slice(0, 100))}</bdi>)
                    </>
                  )}
                  : {flagText[r.flag]?.(r.detail) ?? r.flag}
                  {r.unsaved && ' — not saved'}
                </li>
              ))}
          </ul>
        </div>
      ))}
      {unreadable.length > 0 && (
        <>
          <h3>Saved, but no longer readable</h3>
          <ul class="gb-flags">
            {unreadable.map((s) => (
              <li key={s.id}>
                {s.source} ({s.batch}){' '}
                <button type="button" class="nn-button" onClick={() => props.onRemove(s)}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {refusals.length > 0 && (
        <button type="button" class="nn-button" onClick={props.onClear}>
          Empty the list of refused codes and files
        </button>
      )}
    </section>
  );
}
