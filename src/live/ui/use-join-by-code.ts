// The logic of a "join by code and name" form, shared by the live-poll join
// form and the class page's join form: look the code up as it is typed (only
// the latest lookup may land), refuse a bad code (and, where a name is
// required, an empty name) with a message, and join once with the cleaned
// code and trimmed name while showing that it is busy.
import { useEffect, useState } from 'preact/hooks';
import type { ApiError } from '../api.ts';
import { cleanCode } from '../join-code.ts';

export interface JoinByCode<Info> {
  /** The code prefilled from the link. */
  initialCode: string;
  /** What the server says about a code (its title, whether names are free). */
  lookup(code: string): Promise<Info>;
  /** The message for a failed lookup. */
  lookupError(e: ApiError): string;
  /** The message for a code that is not a code. */
  badCode: string;
  /** The message for an empty name; leave out when a name may be empty. */
  nameRequired?: string;
  onJoin(code: string, name: string): Promise<void>;
}

/** The form's state and its submit handler. */
export function useJoinByCode<Info>(o: JoinByCode<Info>) {
  const [code, setCode] = useState(o.initialCode);
  const [name, setName] = useState('');
  const [info, setInfo] = useState<Info | null>(null);
  const [error, setError] = useState('');
  const [nameError, setNameError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const c = cleanCode(code);
    setInfo(null);
    if (!c) return;
    let current = true;
    o.lookup(c).then(
      (i) => current && setInfo(i),
      (e: ApiError) => current && setError(o.lookupError(e)),
    );
    return () => void (current = false);
  }, [code]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const c = cleanCode(code);
    if (!c) return setError(o.badCode);
    if (o.nameRequired && !name.trim()) return setNameError(o.nameRequired);
    setBusy(true);
    setError('');
    try {
      await o.onJoin(c, name.trim());
    } catch (err) {
      setError((err as ApiError).message);
    } finally {
      setBusy(false);
    }
  };

  return {
    code,
    name,
    info,
    error,
    nameError,
    busy,
    submit,
    /** A new code clears the error shown. */
    typeCode(v: string) {
      setError('');
      setCode(v);
    },
    /** A new name clears the name's error. */
    typeName(v: string) {
      setNameError('');
      setName(v);
    },
  };
}
