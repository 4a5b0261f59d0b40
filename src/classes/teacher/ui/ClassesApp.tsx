import { useEffect, useState } from 'preact/hooks';
import type { PollInfo } from '../../../assign/grading.ts';
import { cleanCode } from '../../../live/join-code.ts';
import { LiveStatus } from '../../../ui/LiveStatus.tsx';
import { loadKnown, saveKnown, withKnown, type KnownClass } from '../keep.ts';
import { pageText as t } from '../strings.ts';
import { ClassHome } from './ClassHome.tsx';
import { ClassView } from './ClassView.tsx';
import { ServerNotice } from './ServerNotice.tsx';
import { useServer } from './use-server.ts';

/** The open class's code from the address ("#class=ABC234"), or null for the list. */
const codeInHash = () => cleanCode(/(?:^#|&)class=([^&]*)/.exec(location.hash)?.[1] ?? '');

/** The teacher's classes page: the classes kept here, and one class at a time (its code in the address). */
export default function ClassesApp({ polls }: { polls: Record<string, PollInfo> }) {
  const server = useServer();
  const [known, setKnown] = useState<KnownClass[]>([]);
  const [code, setCode] = useState<string | null>(null);
  const [unsaved, setUnsaved] = useState(false);
  const [said, setSaid] = useState('');
  useEffect(() => {
    setKnown(loadKnown());
    setCode(codeInHash());
    const onHash = () => setCode(codeInHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  if (server !== true) return <ServerNotice checking={server === null} />;

  const keep = (list: KnownClass[]) => {
    setKnown(list);
    setUnsaved(!saveKnown(list));
  };
  const open = (c: string | null) => {
    if (c) setSaid('');
    location.hash = c ? `class=${c}` : '';
    setCode(c);
  };
  const current = code ? known.find((k) => k.code === code) : undefined;
  return (
    <div class="classes-app">
      <p class="no-print">{t.kept}</p>
      {unsaved && (
        <p role="alert" class="nn-field-error">
          {t.storageRefused}
        </p>
      )}
      <LiveStatus>{said}</LiveStatus>
      {current ? (
        <ClassView
          key={current.code}
          cls={current}
          polls={polls}
          onBack={() => open(null)}
          onRenamed={(name) => keep(withKnown(known, { ...current, name }))}
          onForget={() => {
            keep(known.filter((k) => k.code !== current.code));
            open(null);
          }}
          onDeleted={(message) => {
            keep(known.filter((k) => k.code !== current.code));
            setSaid(message);
            open(null);
          }}
        />
      ) : (
        <ClassHome
          known={known}
          onAdd={(c, openIt) => {
            keep(withKnown(known, c));
            if (openIt) open(c.code);
          }}
          onOpen={(c) => open(c)}
          onForget={(c) => keep(known.filter((k) => k.code !== c))}
        />
      )}
    </div>
  );
}
