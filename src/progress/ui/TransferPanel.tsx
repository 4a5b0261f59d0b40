import { useState } from 'preact/hooks';
import { $progress, replaceProgress, resetProgress } from '../store.ts';
import {
  applyImport,
  exportFileName,
  exportProgress,
  readImport,
  type ImportRead,
} from '../transfer.ts';
import { fill, progressText as t } from '../strings.ts';
import { downloadText } from '../../ui/download.ts';
import { LiveStatus } from '../../ui/LiveStatus.tsx';

/** Export to a JSON file; import with validation and a preview (merge or replace); reset with confirmation. */
export function TransferPanel() {
  const [pending, setPending] = useState<Extract<ImportRead, { ok: true }> | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [status, setStatus] = useState('');
  const [fileKey, setFileKey] = useState(0);

  function download() {
    const now = new Date();
    const name = exportFileName(now);
    downloadText(exportProgress($progress.get(), now), name);
    setStatus(t.exported(name));
  }

  async function choose(e: Event) {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    const read = readImport(await file.text(), $progress.get());
    if (read.ok) {
      setPending(read);
      const p = read.preview;
      setStatus(
        t.importPreview(
          p.attempts,
          p.polls,
          p.lessons,
          p.newAttempts,
          p.exportedAt?.slice(0, 10) ?? '',
        ),
      );
    } else {
      setPending(null);
      setStatus(fill(t.importErrors[read.code], { detail: read.detail }));
    }
  }

  function finish(mode: 'merge' | 'replace') {
    if (!pending) return;
    const next = applyImport($progress.get(), pending.store, mode);
    const result = replaceProgress(next);
    setPending(null);
    setFileKey((k) => k + 1);
    if (result === 'saved') setStatus(t.imported(next.attempts.length));
    else if (result === 'memory') setStatus(t.importedMemory(next.attempts.length));
    else setStatus(t.importNoRoom(pending.preview.attempts, JSON.stringify(next).length));
  }

  return (
    <section class="nn-widget nn-transfer" aria-labelledby="nn-transfer-title">
      <h2 id="nn-transfer-title" class="nn-widget-title">
        {t.transferTitle}
      </h2>
      <p>{t.transferIntro}</p>
      <div class="nn-row">
        <button type="button" class="nn-button" onClick={download}>
          {t.export}
        </button>
        <div class="nn-field">
          <label for="nn-import">{t.importLabel}</label>
          <input
            key={fileKey}
            id="nn-import"
            type="file"
            accept="application/json,.json"
            onChange={choose}
          />
        </div>
      </div>
      {pending && (
        <div class="nn-row nn-confirm">
          <button type="button" class="nn-button" onClick={() => finish('merge')}>
            {t.merge}
          </button>
          <button type="button" class="nn-button" onClick={() => finish('replace')}>
            {t.replace}
          </button>
          <button
            type="button"
            class="nn-button"
            onClick={() => (setPending(null), setFileKey((k) => k + 1), setStatus(''))}
          >
            {t.cancel}
          </button>
        </div>
      )}
      <div class="nn-row nn-confirm">
        {!confirmReset ? (
          <button type="button" class="nn-button" onClick={() => setConfirmReset(true)}>
            {t.reset}
          </button>
        ) : (
          <>
            <p class="nn-warning">{t.resetConfirm}</p>
            <button
              type="button"
              class="nn-button"
              onClick={() => (resetProgress(), setConfirmReset(false), setStatus(t.resetDone))}
            >
              {t.resetYes}
            </button>
            <button type="button" class="nn-button" onClick={() => setConfirmReset(false)}>
              {t.resetNo}
            </button>
          </>
        )}
      </div>
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}
