import { useId, useState } from 'preact/hooks';
import { formatNumber, parseInRange } from './number.ts';

interface Props {
  /** The visible label; also the field's accessible name. */
  label: string;
  value: number;
  /** Called with each valid value as the reader types. */
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  step?: number;
  /** Told when the field goes into error (with its message) and out of it (null): a field in error must not be graded. */
  onError?: (message: string | null) => void;
}

/**
 * A labelled number field that updates as you type. A value that is not a
 * number, or out of range, is shown with a message and never reaches the model;
 * the last valid value stays in use.
 */
export function NumberField({
  label,
  value,
  onChange,
  min = -100,
  max = 100,
  step = 0.1,
  onError,
}: Props) {
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = text ?? formatNumber(value, 6).replaceAll('\u2212', '-');

  function onInput(e: Event) {
    const raw = (e.currentTarget as HTMLInputElement).value;
    setText(raw);
    const parsed = parseInRange(raw, min, max);
    if (parsed.ok) {
      setError(null);
      onError?.(null);
      onChange(parsed.value);
    } else {
      setError(parsed.message);
      onError?.(parsed.message);
    }
  }

  return (
    <div class="nn-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autocomplete="off"
        spellcheck={false}
        value={shown}
        onInput={onInput}
        onBlur={() => {
          if (!error) setText(null);
        }}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
          e.preventDefault();
          const next = Math.min(max, Math.max(min, value + (e.key === 'ArrowUp' ? step : -step)));
          const rounded = Number(next.toFixed(6));
          setText(null);
          setError(null);
          onError?.(null);
          onChange(rounded);
        }}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} class="nn-field-error">
          {error}
        </p>
      )}
    </div>
  );
}
