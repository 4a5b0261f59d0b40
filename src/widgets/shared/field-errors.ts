// Which number fields of a widget show an error right now. The model keeps a
// field's last good value, but a graded task must not grade a state the page
// shows as wrong, so islands publish these labels with their state.
import { useState } from 'preact/hooks';

/** The labels in error, with `label` added (message given) or removed (null). */
export function markField(
  errors: readonly string[],
  label: string,
  message: string | null,
): string[] {
  const rest = errors.filter((l) => l !== label);
  return message === null ? rest : [...rest, label];
}

/** The labels in error that are still on the page, in page order. */
export const errorsShown = (errors: readonly string[], labels: readonly string[]): string[] =>
  labels.filter((l) => errors.includes(l));

/** A widget's field errors: the list, a NumberField `onError` per label, and a clear for Reset. */
export function useFieldErrors() {
  const [errors, setErrors] = useState<string[]>([]);
  return {
    errors,
    errorOf: (label: string) => (message: string | null) =>
      setErrors((old) => markField(old, label, message)),
    clear: () => setErrors([]),
  };
}
