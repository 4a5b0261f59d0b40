import { useEffect, useState } from 'preact/hooks';
import { atom } from 'nanostores';
import { useStore } from '@nanostores/preact';
import { $storageNotice, dismissNotice, keptCopy, restoreKeptCopy } from '../store.ts';
import { backupFileName } from '../backup.ts';
import { downloadText } from '../../ui/download.ts';
import { fill, progressText as t } from '../strings.ts';

// The page layout mounts one notice for the whole page (PageNotice); the
// copies inside polls and progress views then stay empty, so it is said once.
const $hosted = atom(false);

/**
 * Tells the learner when progress is kept in memory only, or was set aside
 * because it could not be read, with a download of the kept copy and a restore.
 * `host` marks the page's own notice.
 */
export function StorageNotice({ host = false }: { host?: boolean }) {
  const notice = useStore($storageNotice);
  const hosted = useStore($hosted);
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!host) return;
    $hosted.set(true);
    return () => $hosted.set(false);
  }, [host]);
  if (!notice || (hosted && !host)) return null;
  const key = notice.kind === 'recovered' ? notice.backupKey : null;
  const text =
    notice.kind === 'memory'
      ? t.memory
      : `${notice.reason === 'future' ? t.future : t.corrupt} ${
          notice.backupKey ? fill(t.kept, { key: notice.backupKey }) : t.noBackup
        }`;

  function download(k: string) {
    const raw = keptCopy(k);
    if (raw === null) return setStatus(t.keptGone);
    downloadText(raw, backupFileName(k));
    setStatus(t.exported(backupFileName(k)));
  }

  function restore(k: string) {
    const r = restoreKeptCopy(k);
    setStatus(r.ok ? t.restored(r.restored, r.dropped, r.saved) : t.nothingToRestore);
  }

  return (
    <div class="nn-notice" role="note" aria-label={t.noticeLabel}>
      <p>{text}</p>
      {status && (
        <p class="nn-notice-status" role="status">
          {status}
        </p>
      )}
      <div class="nn-row">
        {key && (
          <>
            <button type="button" class="nn-button" onClick={() => download(key)}>
              {t.downloadKept}
            </button>
            {notice.kind === 'recovered' && notice.reason === 'corrupt' && (
              <button type="button" class="nn-button" onClick={() => restore(key)}>
                {t.restoreKept}
              </button>
            )}
          </>
        )}
        <button type="button" class="nn-button" onClick={dismissNotice}>
          {t.dismiss}
        </button>
      </div>
    </div>
  );
}
