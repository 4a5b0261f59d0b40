import { useEffect, useRef } from 'preact/hooks';
import { mapRamp } from '../../ui/palette.ts';

interface Props {
  /** n × n values, row 0 at the TOP of the picture, row-major. */
  values: ArrayLike<number>;
  n: number;
  /** Values at or below lo get the first color, at or above hi the second. */
  lo?: number;
  hi?: number;
  /** Its text alternative: what the picture shows, in words. */
  label: string;
  class?: string;
}

// Color-blind-safe diverging ramp: blue through near-white to orange (src/ui/palette.ts).
const { low: LOW, mid: MID, high: HIGH } = mapRamp;

/** The RGB color of t in [0, 1] on the blue–white–orange ramp. */
export function rampColor(t: number): [number, number, number] {
  const u = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0.5));
  const [a, b, k] = u < 0.5 ? [LOW, MID, u * 2] : [MID, HIGH, (u - 0.5) * 2];
  return [0, 1, 2].map((i) => Math.round(a[i] + (b[i] - a[i]) * k)) as [number, number, number];
}

/**
 * A canvas heatmap of an n × n grid (a decision map, a unit's output), drawn
 * at n pixels and scaled smoothly by CSS, so redraws cost n² writes.
 */
export function Heatmap({ values, n, lo = 0, hi = 1, label, class: cls }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const img = ctx.createImageData(n, n);
    const span = hi - lo || 1;
    for (let i = 0; i < n * n; i++) {
      const [r, g, b] = rampColor((values[i] - lo) / span);
      img.data[4 * i] = r;
      img.data[4 * i + 1] = g;
      img.data[4 * i + 2] = b;
      img.data[4 * i + 3] = 255;
    }
    ctx.putImageData(img, 0, 0);
  });
  return (
    <canvas
      ref={ref}
      width={n}
      height={n}
      class={`nn-heatmap ${cls ?? ''}`}
      role="img"
      aria-label={label}
    />
  );
}
