import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { formatNumber } from './number.ts';
import { linearScale, niceTicks, type Scale } from './scale.ts';

interface Props {
  /** Short name of the plot, read by screen readers. */
  title: string;
  /** What the plot shows, in words (its text alternative). */
  description: string;
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  xLabel?: string;
  yLabel?: string;
  /**
   * Puts the y-axis title in a band above the plot (default), clear of the top
   * tick label; false keeps it beside the axis, for a one-letter coordinate name
   * on a plot whose geometry must stay square.
   */
  yTitleAbove?: boolean;
  width?: number;
  height?: number;
  /** Draws the content in data coordinates through the two scales. */
  children: (sx: Scale, sy: Scale) => ComponentChildren;
  /** Pointer and keyboard hooks on the plot area, for widgets that read values off it. */
  onPointer?: (x: number, y: number, sx: Scale, sy: Scale) => void;
  onKeyDown?: (e: KeyboardEvent) => void;
  /** Makes the plot focusable (for arrow-key reading); give it a label that says what the keys do. */
  focusLabel?: string;
}

const MARGIN = { top: 10, right: 12, bottom: 34, left: 44 };
// A y-axis title sits in a band of its own above the plot, clear of the top tick label.
const Y_TITLE_BAND = 16;

/** An SVG plot with axes, round ticks and labels; scales with its container, from 390 px phones up. */
export function SvgPlot(props: Props) {
  const { title, description, xDomain, yDomain, xLabel, yLabel, width = 480, height = 300 } = props;
  const id = useId();
  const above = yLabel !== undefined && props.yTitleAbove !== false;
  const M = above ? { ...MARGIN, top: MARGIN.top + Y_TITLE_BAND } : MARGIN;
  const sx = linearScale(xDomain, [M.left, width - M.right]);
  const sy = linearScale(yDomain, [height - M.bottom, M.top]);
  const xt = niceTicks(xDomain[0], xDomain[1], width < 400 ? 4 : 6);
  const yt = niceTicks(yDomain[0], yDomain[1], 5);

  function pointer(e: PointerEvent) {
    if (!props.onPointer) return;
    const svg = e.currentTarget as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    const px = ((e.clientX - box.left) / box.width) * width;
    const py = ((e.clientY - box.top) / box.height) * height;
    props.onPointer(sx.invert(px), sy.invert(py), sx, sy);
  }

  return (
    <svg
      class="nn-plot"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      tabIndex={props.focusLabel ? 0 : undefined}
      aria-roledescription={props.focusLabel ? 'interactive plot' : undefined}
      onPointerDown={props.onPointer ? pointer : undefined}
      onPointerMove={
        props.onPointer
          ? (e) => (e.buttons || e.pointerType === 'mouse' ? pointer(e) : undefined)
          : undefined
      }
      onKeyDown={props.onKeyDown}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>
        {description}
        {props.focusLabel ? ` ${props.focusLabel}` : ''}
      </desc>
      <g class="nn-axis" aria-hidden="true">
        {xt.map((t) => (
          <g key={`x${t}`}>
            <line x1={sx(t)} x2={sx(t)} y1={M.top} y2={height - M.bottom} class="nn-grid" />
            <text x={sx(t)} y={height - M.bottom + 16} text-anchor="middle">
              {formatNumber(t)}
            </text>
          </g>
        ))}
        {yt.map((t) => (
          <g key={`y${t}`}>
            <line x1={M.left} x2={width - M.right} y1={sy(t)} y2={sy(t)} class="nn-grid" />
            <text x={M.left - 6} y={sy(t) + 4} text-anchor="end">
              {formatNumber(t)}
            </text>
          </g>
        ))}
        {yDomain[0] <= 0 && yDomain[1] >= 0 && (
          <line x1={M.left} x2={width - M.right} y1={sy(0)} y2={sy(0)} class="nn-zero" />
        )}
        {xDomain[0] <= 0 && xDomain[1] >= 0 && (
          <line x1={sx(0)} x2={sx(0)} y1={M.top} y2={height - M.bottom} class="nn-zero" />
        )}
        {xLabel && (
          <text
            x={(M.left + width - M.right) / 2}
            y={height - 4}
            text-anchor="middle"
            class="nn-axis-label"
          >
            {xLabel}
          </text>
        )}
        {yLabel && (
          <text x={above ? 4 : 12} y={above ? 14 : M.top + 4} class="nn-axis-label">
            {yLabel}
          </text>
        )}
      </g>
      <g aria-hidden="true">{props.children(sx, sy)}</g>
    </svg>
  );
}
