import { useRef, useState } from 'preact/hooks';
import { Heatmap } from '../shared/Heatmap.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import { UNIT_GRID } from './playground.ts';
import { type Link } from './views.ts';
import { unitRange } from './PlaygroundViews.tsx';
import { connectionName, words } from './strings.ts';

interface Props {
  sizes: number[];
  links: Link[];
  /** Each column's unit names (inputs first), as the accessible names use them. */
  names: string[][];
  arch: string;
  /** The index (into links) of the connection being edited, or null. */
  selected: number | null;
  onSelect: (index: number) => void;
  /** Sets the selected connection's weight. */
  onWeight: (value: number) => void;
  /** Each hidden layer's unit maps (the playground's own, 25 × 25), drawn in place of the hidden units' dots. */
  units: Float64Array[][];
  activation: string;
}

const W = 320;
const ROW = 22;
const PAD = 14;
/** A hidden unit's map, in the picture's units (the rows are 22 apart). */
const MAP = 18;

/**
 * The network as units (circles) and weights (lines: color = sign, width = |w|).
 * The lines are one tab stop: Tab reaches the last one chosen, the arrow keys
 * move between them, Enter (or a click) opens it for reading and typing.
 */
export function NetworkView({
  sizes,
  links,
  names,
  arch,
  selected,
  onSelect,
  onWeight,
  units,
  activation,
}: Props) {
  const [cursor, setCursor] = useState(0);
  const svg = useRef<SVGSVGElement>(null);
  const tallest = Math.max(...sizes);
  const height = 2 * PAD + (tallest - 1) * ROW;
  const x = (col: number) => PAD + 16 + (col * (W - 2 * PAD - 32)) / (sizes.length - 1);
  const y = (col: number, u: number) => height / 2 + (u - (sizes[col] - 1) / 2) * ROW;
  const top = Math.max(1e-9, ...links.map((l) => Math.abs(l.w)));
  const at = Math.min(cursor, links.length - 1);

  function move(to: number) {
    const next = (to + links.length) % links.length;
    setCursor(next);
    svg.current?.querySelectorAll<SVGElement>('.tp-link-line')[next]?.focus();
  }
  function key(e: KeyboardEvent, i: number) {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    if (step) return (e.preventDefault(), move(i + step));
    if (e.key === 'Home') return (e.preventDefault(), move(0));
    if (e.key === 'End') return (e.preventDefault(), move(links.length - 1));
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(i);
    }
  }

  const link = selected !== null ? links[selected] : undefined;
  const from = link && names[link.depth][link.from];
  const to = link && names[link.depth + 1][link.to];
  return (
    <figure class="tp-network">
      <div class="tp-network-stage">
        <svg
          ref={svg}
          viewBox={`0 0 ${W} ${height}`}
          role="group"
          aria-label={words.networkLabel(arch)}
          class="tp-network-svg"
        >
          {links.map((l, i) => {
            const a = names[l.depth][l.from];
            const b = names[l.depth + 1][l.to];
            return (
              <line
                key={i}
                x1={x(l.depth)}
                y1={y(l.depth, l.from)}
                x2={x(l.depth + 1)}
                y2={y(l.depth + 1, l.to)}
                class={`tp-link-line ${l.w >= 0 ? 'tp-pos' : 'tp-neg'}${i === selected ? ' tp-chosen' : ''}`}
                style={{ strokeWidth: 0.75 + 4 * (Math.abs(l.w) / top) }}
                role="button"
                tabIndex={i === at ? 0 : -1}
                aria-label={connectionName(a, b, l.w)}
                aria-pressed={i === selected}
                onClick={() => (setCursor(i), onSelect(i))}
                onKeyDown={(e) => key(e, i)}
                onFocus={() => setCursor(i)}
              />
            );
          })}
          {sizes.map((n, col) =>
            Array.from({ length: n }, (_, u) => (
              <g key={`${col}-${u}`} aria-hidden="true">
                {!units[col - 1]?.[u] && (
                  <circle cx={x(col)} cy={y(col, u)} r={7} class="tp-unit-dot" />
                )}
                {(col === 0 || col === sizes.length - 1) && (
                  <text
                    x={col === 0 ? x(col) - 10 : x(col) + 10}
                    y={y(col, u) + 4}
                    text-anchor={col === 0 ? 'end' : 'start'}
                    class="tp-unit-name"
                  >
                    {names[col][u]}
                  </text>
                )}
              </g>
            )),
          )}
        </svg>
        {/* Each hidden unit as its own small map over the plane, laid over the picture where its dot would be
          (canvas cannot sit inside the SVG). Decorative here: the unit maps below carry the words. */}
        {units.map((layer, l) =>
          layer.map((m, u) => {
            const [lo, hi] = unitRange(activation, m);
            return (
              <div
                key={`${l}-${u}`}
                class="tp-network-unit"
                aria-hidden="true"
                style={{
                  left: `${((x(l + 1) - MAP / 2) / W) * 100}%`,
                  top: `${((y(l + 1, u) - MAP / 2) / height) * 100}%`,
                  width: `${(MAP / W) * 100}%`,
                }}
              >
                <Heatmap values={m} n={UNIT_GRID} lo={lo} hi={hi} label="" />
              </div>
            );
          }),
        )}
      </div>
      <figcaption>{words.networkHelp}</figcaption>
      {link && from && to ? (
        <NumberField
          key={selected}
          label={words.weightField(from, to)}
          value={link.w}
          min={-100}
          max={100}
          step={0.1}
          onChange={onWeight}
        />
      ) : (
        <p class="tp-note">{words.noWeight}</p>
      )}
    </figure>
  );
}
