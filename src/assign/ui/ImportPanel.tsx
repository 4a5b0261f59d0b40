import { useState } from 'preact/hooks';
import type { Assignment } from '../assignment.ts';
import { MAX_REPORTS, type Source } from '../gradebook.ts';
import { codesFromPaste } from '../paste.ts';
import { MAX_REPORT_FILE } from '../report.ts';
import { dueText } from '../strings.ts';

/** File labels made unique within one import ("ada.json", "ada.json (2)"), so each refusal names its file. */
function labels(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return k === 1 ? n : `${n} (${k})`;
  });
}

/** Paste codes (or a whole report file's text) and choose or drop many report files; each batch is queued. */
export function ImportPanel(props: {
  a: Assignment;
  pending: number;
  onImport: (sources: Source[], batch: string) => void;
}) {
  const [paste, setPaste] = useState('');
  async function pasted() {
    const text = paste;
    setPaste('');
    const codes = await codesFromPaste(text);
    props.onImport(
      codes.map((t, i) => ({ label: `pasted code ${i + 1}`, text: t })),
      'pasted codes',
    );
  }
  async function files(list: FileList | null | undefined) {
    const fs = [...(list ?? [])];
    const names = labels(fs.map((f) => f.name));
    // Oversized files are not read at all; their size says why they are refused.
    const sources = await Promise.all(
      fs.map(async (f, i) =>
        f.size > MAX_REPORT_FILE
          ? { label: names[i], text: '', bytes: f.size }
          : { label: names[i], text: await f.text() },
      ),
    );
    props.onImport(sources, `${fs.length} file(s)`);
  }
  return (
    <section class="nn-widget" aria-labelledby="gb-import">
      <h2 id="gb-import" class="nn-widget-title">
        Import reports for “<bdi>{props.a.title}</bdi>”
      </h2>
      <p>
        Due {dueText(props.a.due)}. Reports stay in this browser; nothing is uploaded. Up to{' '}
        {MAX_REPORTS} at once; imports wait for each other.
      </p>
      <label class="nn-field">
        <span>Paste report codes (one per line)</span>
        <textarea rows={4} value={paste} onInput={(e) => setPaste(e.currentTarget.value)} />
      </label>
      <button type="button" class="nn-button" onClick={() => void pasted()}>
        Import pasted codes
      </button>
      <label
        class="gb-drop nn-field"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => (e.preventDefault(), void files(e.dataTransfer?.files))}
      >
        <span>Report files (choose or drop many at once)</span>
        <input
          type="file"
          multiple
          accept=".json,application/json,text/plain"
          onChange={(e) => {
            const input = e.currentTarget;
            void files(input.files).then(() => (input.value = ''));
          }}
        />
      </label>
      {props.pending > 0 && (
        <p class="gb-pending">
          Importing… {props.pending > 1 ? `(${props.pending - 1} more waiting)` : ''}
        </p>
      )}
    </section>
  );
}
