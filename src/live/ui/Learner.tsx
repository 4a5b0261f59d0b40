import { useMemo, useState } from 'preact/hooks';
import { learner } from '../api.ts';
import { useLiveSetup } from './use-live-setup.ts';
import { SetupNotice } from './SetupNotice.tsx';
import { JoinForm } from './JoinForm.tsx';
import { cleanCode } from '../join-code.ts';
import { LiveLearner } from './LiveLearner.tsx';
import {
  clientId,
  loadMembership,
  saveMembership,
  storage,
  type Membership,
} from './learner-store.ts';

/** The learner's page: join by code (or the ?code= link), then follow the class. */
export default function Learner() {
  const setup = useLiveSetup();
  const store = useMemo(() => (typeof window === 'undefined' ? null : storage()), []);
  const linked =
    typeof location === 'undefined' ? '' : (new URLSearchParams(location.search).get('code') ?? '');
  const [member, setMember] = useState<Membership | null>(() => {
    const m = store ? loadMembership(store) : null;
    // A link to another class wins over the class joined before.
    return m && (!cleanCode(linked) || cleanCode(linked) === m.code) ? m : null;
  });
  const [notice, setNotice] = useState('');
  if (setup.kind !== 'ready' || !store)
    return <SetupNotice setup={setup.kind === 'ready' ? { kind: 'checking' } : setup} />;

  const join = async (code: string, name: string) => {
    const r = await learner.join(code, clientId(store), name || undefined);
    const m = { code, token: r.learnerToken, name: r.name };
    saveMembership(store, m);
    setMember(m);
  };
  const leave = (why?: string) => {
    saveMembership(store, null);
    setMember(null);
    setNotice(why ?? '');
  };
  if (!member)
    return (
      <>
        {notice && (
          <p role="alert" class="live-error">
            {notice}
          </p>
        )}
        <JoinForm initialCode={linked} onJoin={join} />
      </>
    );
  return <LiveLearner bank={setup.bank} member={member} store={store} onLeave={leave} />;
}
