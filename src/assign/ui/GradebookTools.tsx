import { BackupFileField } from './gradebook-fields.tsx';

/** Keeping the gradebook: back up and restore everything as one file; archive or empty this assignment. */
export function GradebookTools(props: {
  archived: boolean;
  count: number;
  onArchive?: (on: boolean) => void;
  onClear?: () => void;
  onBackup: () => void;
  onRestore: (f: File) => void;
}) {
  return (
    <section class="nn-widget" aria-labelledby="gb-keep">
      <h2 id="gb-keep" class="nn-widget-title">
        Keep your gradebook
      </h2>
      <p>
        The backup file holds every assignment of this gradebook (with its key) and every report.
        Restoring adds what is missing and removes nothing.
      </p>
      <div class="nn-row">
        <button type="button" class="nn-button" onClick={props.onBackup}>
          Download a backup of the whole gradebook
        </button>
      </div>
      <BackupFileField label="Restore from a backup file" onFile={props.onRestore} />
      {props.onArchive && props.onClear && (
        <div class="nn-row">
          <button
            type="button"
            class="nn-button"
            onClick={() => props.onArchive?.(!props.archived)}
          >
            {props.archived
              ? 'Bring this assignment back into the list'
              : 'Archive this assignment'}
          </button>
          <button
            type="button"
            class="nn-button"
            disabled={props.count === 0}
            onClick={props.onClear}
          >
            Remove all reports of this assignment
          </button>
        </div>
      )}
    </section>
  );
}
