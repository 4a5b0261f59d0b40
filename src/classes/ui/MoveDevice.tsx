import { useMemo, useState } from 'preact/hooks';
import { renderSVG } from 'uqr';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { pageText as t } from '../strings.ts';

/** The personal link as a QR code and a copy field, to sign in on another device, with the warning that it is the account. */
export function MoveDevice({ link }: { link: string }) {
  const [status, setStatus] = useState('');
  // Drawn by uqr and shown as an <img>, so no markup is injected into the page.
  const qr = useMemo(
    () => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(link, { border: 2 }))}`,
    [link],
  );
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus(t.copied);
    } catch {
      setStatus(t.copyFailed);
    }
  };
  return (
    <section class="nn-widget class-move" aria-labelledby="class-move-title">
      <h2 id="class-move-title" class="nn-widget-title">
        {t.moveTitle}
      </h2>
      <p>{t.moveText}</p>
      <p class="class-warning">
        <strong>{t.moveWarning}</strong>
      </p>
      <img class="class-qr" src={qr} alt={t.qrAlt} width="200" height="200" />
      <div class="nn-row">
        <label class="nn-field class-link">
          <span>{t.linkLabel}</span>
          <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <button type="button" class="nn-button" onClick={copy}>
          {t.copy}
        </button>
      </div>
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}
