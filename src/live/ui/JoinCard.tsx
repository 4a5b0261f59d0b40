import { useMemo } from 'preact/hooks';
import { encode } from 'uqr';
import { hostText as t } from '../strings.ts';

/** The QR code as SVG paths, drawn from uqr's module grid (no HTML strings). */
function Qr({ text }: { text: string }) {
  const { size, path } = useMemo(() => {
    const qr = encode(text, { ecc: 'M', border: 2 });
    let d = '';
    qr.data.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) d += `M${x} ${y}h1v1h-1z`;
      }),
    );
    return { size: qr.size, path: d };
  }, [text]);
  return (
    <svg class="live-qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={t.qrLabel(text)}>
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

/** The join code, big, with the join address and its QR code. */
export function JoinCard({ code, url, learners }: { code: string; url: string; learners: number }) {
  return (
    <section class="live-join" aria-label={t.joinCode}>
      <div>
        <p class="live-join-at">
          {t.joinAt} <a href={url}>{url.replace(/^https?:\/\//, '')}</a>
        </p>
        <p class="live-code">
          <span class="nn-sr-only">{t.joinCode}: </span>
          {code}
        </p>
        <p class="live-learners" role="status">
          {t.learners(learners)}
        </p>
      </div>
      <Qr text={url} />
    </section>
  );
}
