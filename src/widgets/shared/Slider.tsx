import { useId } from 'preact/hooks';
import { formatNumber } from './number.ts';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
  /** How the value is read out and shown; defaults to up to 4 significant digits. */
  format?: (value: number) => string;
}

/**
 * A labelled range slider showing its value. Arrow keys, Page Up/Down, Home
 * and End work as in every native slider; touch drags it.
 */
export function Slider({
  label,
  value,
  min,
  max,
  step,
  onChange,
  format = (v) => formatNumber(v),
}: Props) {
  const id = useId();
  const shown = format(value);
  return (
    <div class="nn-slider">
      <label for={id}>
        {label} <output for={id}>{shown}</output>
      </label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={shown}
        onInput={(e) => onChange(Number((e.currentTarget as HTMLInputElement).value))}
      />
    </div>
  );
}
