// Two fields both gradebooks use (the static one in src/assign/ui/ and the
// class server's in src/classes/teacher/ui/): the CSV layout picker, and the
// file picker that restores a JSON backup. The words come from the caller.
import type { CsvLayout } from '../csv.ts';

/** A select of the CSV layouts, by the names the caller gives them. */
export function CsvLayoutField(props: {
  label: string;
  names: Record<CsvLayout, string>;
  value: CsvLayout;
  onChange: (layout: CsvLayout) => void;
}) {
  return (
    <label class="nn-field">
      <span>{props.label}</span>
      <select
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value as CsvLayout)}
      >
        {Object.entries(props.names).map(([k, v]) => (
          <option key={k} value={k}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A file picker for a JSON backup; emptied after each pick, so picking the same file again works. */
export function BackupFileField(props: { label: string; onFile: (f: File) => void }) {
  return (
    <label class="nn-field">
      <span>{props.label}</span>
      <input
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          const input = e.currentTarget;
          const f = input.files?.[0];
          if (f) props.onFile(f);
          input.value = '';
        }}
      />
    </label>
  );
}
