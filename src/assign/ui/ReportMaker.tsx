import { useState } from 'preact/hooks';
import {
  buildReport,
  encodeReport,
  MAX_PASTE_CODE,
  reportFile,
  reportFileName,
} from '../report.ts';
import type { Remembered } from '../store.ts';
import { $progress } from '../../progress/store.ts';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { downloadText } from '../../ui/download.ts';

/** Name entry, then the result report as a code to paste and a file to download. */
export function ReportMaker({ remembered }: { remembered: Remembered }) {
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [code, setCode] = useState('');
  const [file, setFile] = useState<{ text: string; name: string } | null>(null);
  const [status, setStatus] = useState('');

  async function make(e: Event) {
    e.preventDefault();
    if (!name.trim()) return setError('Enter your name, as your teacher knows you.');
    setError('');
    const r = buildReport(remembered.assignment, name, $progress.get().attempts, Date.now());
    const c = await encodeReport(r, remembered.assignment);
    setCode(c.length <= MAX_PASTE_CODE ? c : '');
    setFile({ text: reportFile(r, c), name: reportFileName(r) });
    setStatus(
      c.length <= MAX_PASTE_CODE
        ? `Report ready with ${r.attempts.length} answers. Copy the code or download the file, and hand it in.`
        : 'Your report is too long for a code: download the file and hand it in.',
    );
  }
  function download() {
    if (file) downloadText(file.text, file.name);
  }
  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setStatus('Code copied.');
    } catch {
      setStatus('Copying is not allowed here: select the code and copy it by hand.');
    }
  }

  return (
    <form class="nn-widget" onSubmit={make} aria-labelledby="report-title" noValidate>
      <h2 id="report-title" class="nn-widget-title">
        Hand in your results
      </h2>
      <p>
        The report holds your name and your answers to this assignment's polls, with their times.
        Nothing is sent anywhere.
      </p>
      <label class="nn-field">
        <span>Your name</span>
        <input
          type="text"
          value={name}
          maxLength={100}
          autocomplete="name"
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </label>
      {error && (
        <p class="nn-field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="nn-button">
        Make my report
      </button>
      {code && (
        <label class="nn-field">
          <span>Your report code</span>
          <textarea readOnly rows={4} value={code} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      {file && (
        <div class="nn-row">
          {code && (
            <button type="button" class="nn-button" onClick={copy}>
              Copy the code
            </button>
          )}
          <button type="button" class="nn-button" onClick={download}>
            Download the report file
          </button>
        </div>
      )}
      <LiveStatus>{status}</LiveStatus>
    </form>
  );
}
