import { useEffect, useRef, useState } from 'preact/hooks';
import { NumberField } from '../shared/NumberField.tsx';
import { CSV_LIMITS, parseCsv, type OwnPoint } from './csv.ts';
import { CLASS_NAMES, shape } from './PlaygroundViews.tsx';
import { TEST_FRACTION } from './playground.ts';

interface Props {
  points: readonly OwnPoint[];
  classes: number;
  /** The class that clicks on the map and "Add point" give. */
  pick: number;
  setPick: (c: number) => void;
  /** Adds points (all or nothing); returns a message if they cannot be added. */
  add: (points: OwnPoint[]) => string | null;
  clear: () => void;
  counts: { train: number; test: number };
  /** What happened last, in words (shown in a polite live region). */
  message: string;
  setMessage: (m: string) => void;
}

const pctHeld = `${Math.round(TEST_FRACTION * 100)}%`;

/** "Your own data": the class of new points, a typed point, a CSV file, and clearing (with a confirmation). */
export function PlaygroundOwnData({
  points,
  classes,
  pick,
  setPick,
  add,
  clear,
  counts,
  message,
  setMessage,
}: Props) {
  const [nx, setNx] = useState(0);
  const [ny, setNy] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);
  const n = points.length;
  const unchanged = `Your ${n} point${n === 1 ? ' is' : 's are'} unchanged.`;

  async function load(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const r =
      file.size > CSV_LIMITS.bytes
        ? parseCsv('', file.size)
        : parseCsv(await file.text(), file.size);
    input.value = '';
    if (!r.ok) return setMessage(`${file.name}: ${r.message}. ${unchanged}`);
    const refused = add(r.points);
    setMessage(
      refused
        ? `${file.name}: ${refused}. ${unchanged}`
        : `Added ${r.points.length} points from ${file.name}.`,
    );
  }

  function addTyped() {
    const refused = add([{ x: nx, y: ny, label: pick }]);
    setMessage(
      refused ?? `Added a point of class ${pick} (${CLASS_NAMES[pick]}) at (${nx}, ${ny}).`,
    );
  }

  return (
    <fieldset class="tp-own">
      <legend>Your own data</legend>
      <p class="tp-note">
        Choose a class, then click or tap the decision map to put a point of that class there, or
        type its place below. A CSV file holds one point per line as x, y, label (x and y from −1.5
        to 1.5, label 0 to 3; a first line "x,y,label" is skipped). Your points are added to those
        already there.
      </p>
      <fieldset class="tp-classes">
        <legend>Class of new points</legend>
        {CLASS_NAMES.slice(0, classes).map((name, c) => (
          <label key={c} class="tp-radio">
            <input
              type="radio"
              name="tp-own-class"
              checked={pick === c}
              onChange={() => setPick(c)}
            />
            <svg viewBox="0 0 10 10" width="18" height="18" aria-hidden="true">
              <path d={shape(c, 5, 5, 3.4)} class={`tp-pt tp-c${c}`} />
            </svg>
            {name} (class {c})
          </label>
        ))}
      </fieldset>
      <div class="nn-row tp-own-add">
        <NumberField
          label="x of the new point"
          value={nx}
          min={CSV_LIMITS.min}
          max={CSV_LIMITS.max}
          step={0.1}
          onChange={setNx}
        />
        <NumberField
          label="y of the new point"
          value={ny}
          min={CSV_LIMITS.min}
          max={CSV_LIMITS.max}
          step={0.1}
          onChange={setNy}
        />
        <button type="button" class="nn-button" onClick={addTyped}>
          Add point
        </button>
      </div>
      <div class="nn-row tp-own-files">
        <div class="nn-field">
          <label for="tp-csv">Load CSV…</label>
          <input id="tp-csv" type="file" accept=".csv,.txt,text/csv,text/plain" onChange={load} />
        </div>
        {confirming ? (
          <div role="group" aria-label="Confirm clearing your points" class="nn-row">
            <span>Remove all {n} points?</span>
            <button
              type="button"
              class="nn-button"
              onClick={() => {
                clear();
                setConfirming(false);
                setMessage(`Removed all ${n} points.`);
              }}
            >
              Yes, clear them
            </button>
            <button
              type="button"
              class="nn-button"
              ref={keepRef}
              onClick={() => setConfirming(false)}
            >
              Keep them
            </button>
          </div>
        ) : (
          <button
            type="button"
            class="nn-button"
            disabled={n === 0}
            onClick={() => setConfirming(true)}
          >
            Clear my points
          </button>
        )}
      </div>
      <p data-testid="tp-own-count">
        {n} point{n === 1 ? '' : 's'}: {counts.train} for training, {counts.test} for testing (
        {pctHeld} held out by the seeded split).
      </p>
      <p class="tp-note" role="status" data-testid="tp-own-note">
        {message}
      </p>
    </fieldset>
  );
}
