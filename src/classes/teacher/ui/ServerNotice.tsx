import { pageText as t } from '../strings.ts';

/** What the classes page says on a static host: it needs the class server, and how to start it. */
export function ServerNotice({ checking }: { checking: boolean }) {
  if (checking) return <p role="status">{t.checking}</p>;
  return (
    <section class="live-notice" aria-labelledby="classes-need-server">
      <h2 id="classes-need-server">{t.needServerTitle}</h2>
      <p>
        {t.needServer} <code>{t.needServerCommand}</code> {t.needServerAfter}
      </p>
    </section>
  );
}
