import { useStore } from '@nanostores/preact';
import { $storageNotice, dismissNotice } from '../store.ts';
import { fill, progressText as t } from '../../quiz/strings.ts';

/** Tells the learner when progress is kept in memory only, or was recovered from an unreadable save. */
export function StorageNotice() {
  const notice = useStore($storageNotice);
  if (!notice) return null;
  const text =
    notice.kind === 'memory'
      ? t.memory
      : `${notice.reason === 'future' ? t.future : t.corrupt} ${
          notice.backupKey ? fill(t.kept, { key: notice.backupKey }) : t.noBackup
        }`;
  return (
    <div class="nn-notice" role="note">
      <p>{text}</p>
      <button type="button" class="nn-button" onClick={dismissNotice}>
        {t.dismiss}
      </button>
    </div>
  );
}
