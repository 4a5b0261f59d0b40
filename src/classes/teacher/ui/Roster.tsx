import { useEffect, useMemo, useState } from 'preact/hooks';
import { renderSVG } from 'uqr';
import { visible } from '../../../assign/visible.ts';
import { LiveStatus } from '../../../ui/LiveStatus.tsx';
import { classApi, type ApiError } from '../api.ts';
import type { KnownClass } from '../keep.ts';
import { rosterText as t } from '../strings.ts';
import type { ClassOverview, RosterLearner } from '../types.ts';

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
const fullLink = (path: string) => `${location.origin}${path}`;

/** A QR code of `link`, made by uqr and shown as an <img>, so no markup is injected. */
function Qr({ link, alt, size = 200 }: { link: string; alt: string; size?: number }) {
  const src = useMemo(
    () => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(link, { border: 2 }))}`,
    [link],
  );
  return <img class="assign-qr" src={src} alt={alt} width={size} height={size} />;
}

/** The roster: each learner's personal link (copy, QR code), source and devices; revoke, reissue, add; a printable sheet. */
export function Roster(props: {
  o: ClassOverview;
  cls: KnownClass;
  onChanged: () => Promise<void>;
}) {
  const { o, cls } = props;
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [qr, setQr] = useState<string | null>(null);
  const [sheet, setSheet] = useState(false);

  useEffect(() => {
    if (!sheet) return;
    // Only the sheet prints while this class is on the body; taken off after printing.
    document.body.classList.add('class-printing-sheet');
    const done = () => {
      document.body.classList.remove('class-printing-sheet');
      setSheet(false);
    };
    addEventListener('afterprint', done, { once: true });
    window.print();
    return () => removeEventListener('afterprint', done);
  }, [sheet]);

  const act = async (f: () => Promise<unknown>, said: string) => {
    setError('');
    try {
      await f();
      await props.onChanged();
      setStatus(said);
    } catch (e) {
      setError((e as ApiError).message);
    }
  };
  const copy = async (l: RosterLearner) => {
    try {
      await navigator.clipboard.writeText(fullLink(l.linkPath!));
      setStatus(t.copied(visible(l.name)));
    } catch {
      setStatus(t.copyRefused);
    }
  };
  const withLinks = o.learners.filter((l) => l.linkPath);

  return (
    <section class="nn-widget" aria-labelledby="class-roster">
      <h2 id="class-roster" class="nn-widget-title no-print">
        {t.title}
      </h2>
      <p class="no-print">{t.intro}</p>
      <div class="gb-table no-print" tabindex={0} role="region" aria-label={t.tableLabel}>
        <table>
          <caption>{t.caption(o.learners.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.link}</th>
              <th scope="col">{t.devices}</th>
              <th scope="col">{t.actions}</th>
            </tr>
          </thead>
          <tbody>
            {o.learners.map((l) => {
              const name = visible(l.name);
              const last = l.devices
                .map((d) => d.lastSeen)
                .sort()
                .at(-1);
              return (
                <tr key={l.learnerId}>
                  <th scope="row">
                    <bdi>{name}</bdi>
                    <span class="assign-hint class-source">
                      {l.source === 'joined' ? t.sourceJoined : t.sourceRoster}
                    </span>
                  </th>
                  <td class="class-link-cell">
                    {l.linkPath ? (
                      <>
                        <code class="class-link">{fullLink(l.linkPath)}</code>
                        <div class="nn-row">
                          <button type="button" class="gb-remove" onClick={() => void copy(l)}>
                            {t.copy(name)}
                          </button>
                          <button
                            type="button"
                            class="gb-remove"
                            aria-expanded={qr === l.learnerId}
                            onClick={() => setQr(qr === l.learnerId ? null : l.learnerId)}
                          >
                            {t.qr(name)}
                          </button>
                        </div>
                        {qr === l.learnerId && (
                          <Qr link={fullLink(l.linkPath)} alt={t.qrAlt(name)} />
                        )}
                      </>
                    ) : (
                      t.noLink(l.source === 'joined')
                    )}
                  </td>
                  <td class="class-wrap">{t.deviceCount(l.devices.length, last && when(last))}</td>
                  <td class="class-wrap">
                    <div class="nn-row">
                      {!l.revoked && (
                        <button
                          type="button"
                          class="gb-remove"
                          onClick={() => {
                            if (window.confirm(t.revokeAsk(name)))
                              void act(
                                () => classApi.revoke(cls.code, cls.key, l.learnerId),
                                t.revoked(name),
                              );
                          }}
                        >
                          {t.revoke(name)}
                        </button>
                      )}
                      <button
                        type="button"
                        class="gb-remove"
                        onClick={() => {
                          if (window.confirm(t.reissueAsk(name)))
                            void act(
                              () => classApi.reissue(cls.code, cls.key, l.learnerId),
                              t.reissued(name),
                            );
                        }}
                      >
                        {t.reissue(name)}
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div class="nn-row no-print">
        <button
          type="button"
          class="nn-button"
          disabled={withLinks.length === 0}
          onClick={() => setSheet(true)}
        >
          {t.print}
        </button>
      </div>
      {error && (
        <p role="alert" class="nn-field-error no-print">
          {error}
        </p>
      )}
      <LiveStatus>{status}</LiveStatus>
      <AddLearners cls={cls} onAdded={(n) => act(async () => {}, t.added(n))} onError={setError} />
      {sheet && (
        <section class="class-sheet" aria-label={t.sheetTitle(o.name)}>
          <h2>{t.sheetTitle(o.name)}</h2>
          <p>{t.sheetNote}</p>
          {withLinks.map((l) => (
            <div class="class-sheet-item" key={l.learnerId}>
              <p>
                <strong>
                  <bdi>{visible(l.name)}</bdi>
                </strong>
              </p>
              <p class="class-link">{fullLink(l.linkPath!)}</p>
              <Qr link={fullLink(l.linkPath!)} alt={t.qrAlt(visible(l.name))} size={140} />
            </div>
          ))}
        </section>
      )}
    </section>
  );
}

function AddLearners(props: {
  cls: KnownClass;
  onAdded: (n: number) => Promise<void>;
  onError: (e: string) => void;
}) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  async function submit(e: Event) {
    e.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    props.onError('');
    try {
      const r = await classApi.addLearners(props.cls.code, props.cls.key, text);
      setText('');
      await props.onAdded(r.learners.length);
    } catch (err) {
      props.onError((err as ApiError).message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form class="no-print" onSubmit={submit} aria-labelledby="class-add">
      <h3 id="class-add">{t.addTitle}</h3>
      <label class="nn-field">
        <span>{t.addLabel}</span>
        <textarea rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <button type="submit" class="nn-button" disabled={busy}>
        {t.add}
      </button>
    </form>
  );
}
