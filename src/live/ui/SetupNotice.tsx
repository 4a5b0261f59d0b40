import type { Setup } from './use-live-setup.ts';
import { common as t } from '../strings.ts';

/** What a live page says until it is ready: checking, no class server (and how to start it), no bank. */
export function SetupNotice({ setup }: { setup: Exclude<Setup, { kind: 'ready' }> }) {
  if (setup.kind === 'checking') return <p role="status">{t.checking}</p>;
  if (setup.kind === 'no-bank') return <p role="alert">{t.loadBankFailed}</p>;
  return (
    <section class="live-notice" aria-labelledby="live-need-server">
      <h2 id="live-need-server">{t.needServerTitle}</h2>
      <p>
        {t.needServer} <code>{t.needServerCommand}</code> {t.needServerAfter}
      </p>
    </section>
  );
}
