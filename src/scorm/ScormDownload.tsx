import { useState } from 'preact/hooks';
import type { Assignment } from '../assign/assignment.ts';
import { LiveStatus } from '../ui/LiveStatus.tsx';
import { SCORM_FILES, type ScormFiles } from './files.ts';
import { makePackage, packageFiles, packageName } from './package.ts';
import { readPassMark } from './pass-mark.ts';

async function fetchBytes(path: string): Promise<Uint8Array> {
  const r = await fetch(`/${path}`);
  if (!r.ok) throw new Error(`The site did not send ${path} (HTTP ${r.status}).`);
  return new Uint8Array(await r.arrayBuffer());
}

/** The builder's "Download as SCORM 1.2 package": a pass mark, then a zip made in this browser from the site's own files. */
export function ScormDownload({ a }: { a: Assignment }) {
  const [passMark, setPassMark] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  async function download() {
    const mark = readPassMark(passMark);
    if (!mark.ok) return setError(mark.message);
    setError('');
    setBusy(true);
    setStatus('Making the package…');
    try {
      const r = await fetch(`/${SCORM_FILES}`);
      if (!r.ok)
        throw new Error(
          'This copy of the site has no package list (scorm-files.json): rebuild it.',
        );
      const index = (await r.json()) as ScormFiles;
      const total = packageFiles(index, a).length;
      let done = 0;
      const zip = await makePackage(index, { assignment: a, passMark: mark.value }, async (p) => {
        const bytes = await fetchBytes(p);
        setStatus(`Making the package… ${++done} of ${total} files`);
        return bytes;
      });
      const url = URL.createObjectURL(new Blob([zip as BlobPart], { type: 'application/zip' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = packageName(a);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus(
        `Package ready: ${link.download} (${(zip.length / 1024).toFixed(0)} KB). Upload it to your LMS as a SCORM activity.`,
      );
    } catch (e) {
      setStatus('');
      setError(`The package could not be made: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="scorm-download no-print">
      <h3>For your LMS (Moodle, Canvas…)</h3>
      <label class="nn-field">
        <span>Pass mark for the LMS, 0–100 (optional)</span>
        <input
          type="text"
          inputMode="numeric"
          value={passMark}
          aria-invalid={error ? 'true' : undefined}
          onInput={(e) => setPassMark(e.currentTarget.value)}
        />
      </label>
      {error && (
        <p class="nn-field-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" class="nn-button" onClick={download} disabled={busy}>
        Download as SCORM 1.2 package
      </button>
      <LiveStatus>{status}</LiveStatus>
    </div>
  );
}
