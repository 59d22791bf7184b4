import { barWidth as scaledWidth } from './chart-scale';
import { useId } from 'react';

/** One stage of a funnel chart. */
export interface FunnelChartRow {
  label: string;
  /** The stage's count: the bar's width follows it. */
  total: number;
  /** The bar split by sales type (series index and count); one bar of `series` when absent. */
  segments?: { series: number; value: number }[];
  /** The texts of the columns right of the bars, already formatted ("7.695", "643"). */
  cells: string[];
}

interface FunnelChartProps {
  rows: FunnelChartRow[];
  /** Headings of the cell columns; none draws no heading row. */
  columns?: string[];
  /** The colour of an unsplit bar (a sales type's index; the total uses its own). */
  series?: number;
  /** Read by assistive technology (the chart is one image to them). */
  title: string;
  description: string;
  /** The text size in the chart's own units; everything else is laid out from it. */
  fontSize?: number;
  /** The bars' widest extent, in text sizes (default 15). */
  barWidth?: number;
  /** The column headings' size relative to the text (default 0.8). */
  headScale?: number;
  /**
   * 'natural': drawn at one pixel per unit (the editor, print); 'fill': scaled into its box, to
   * the top left (the projector).
   */
  sizing?: 'natural' | 'fill';
  className?: string;
}

/** A rough text width in ems for Source Sans 3 (digits and letters alike), for the layout. */
const EM_PER_CHAR = 0.56;
const textWidth = (text: string, size: number) => text.length * EM_PER_CHAR * size;

/**
 * The reverse funnel as a vector image: one horizontal bar per stage, centred and narrowing
 * towards the won deals, with the stage's name on the left and its figures on the right. Bars are
 * drawn to a linear scale (a bar's width is its count's share of the largest), with a hairline
 * for a stage too small to see; the figures are exact. Crisp at any size, in print and on a projector; its title and description say the same
 * in words.
 */
export function FunnelChart({ rows, columns, series, title, description, fontSize = 16, barWidth = 15, headScale = 0.8, sizing = 'natural', className }: FunnelChartProps) {
  const titleId = useId();
  const descId = useId();
  const fs = fontSize;
  const rowH = fs * 2.1;
  const barH = fs * 1.45;
  const headH = columns && columns.length > 0 ? fs * (0.9 + headScale) : 0;
  const labelW = Math.max(fs * 3, ...rows.map((row) => textWidth(row.label, fs))) + fs * 0.7;
  const cellCount = Math.max(columns?.length ?? 0, ...rows.map((row) => row.cells.length));
  const cellW = Array.from({ length: cellCount }, (_, k) =>
    Math.max(textWidth(columns?.[k] ?? '', fs * headScale), ...rows.map((row) => textWidth(row.cells[k] ?? '', fs))) + fs * 1.1,
  );
  const barArea = fs * barWidth;
  const width = labelW + barArea + cellW.reduce((sum, w) => sum + w, 0) + fs * 0.3;
  const height = headH + rows.length * rowH;
  const max = Math.max(1, ...rows.map((row) => row.total));
  const centre = labelW + barArea / 2;
  const minBar = fs * 0.12;
  const cellRight = (k: number) => labelW + barArea + cellW.slice(0, k + 1).reduce((sum, w) => sum + w, 0);

  return (
    <svg
      className={`goal-chart${className ? ` ${className}` : ''}`}
      viewBox={`0 0 ${round(width)} ${round(height)}`}
      {...(sizing === 'natural' ? { width: Math.ceil(width), height: Math.ceil(height) } : { preserveAspectRatio: FILL })}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      fontSize={fs}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      {headH > 0
        ? columns!.map((heading, k) => (
            <text key={k} className="goal-chart__head" x={round(cellRight(k))} y={round(headH * 0.55)} textAnchor="end" dominantBaseline="central" fontSize={round(fs * headScale)}>
              {heading}
            </text>
          ))
        : null}
      {rows.map((row, j) => {
        const top = headH + j * rowH;
        const middle = top + rowH / 2;
        // Linear: a bar's width is its count's share of the widest (185 deals beside 7.695 leads are
        // drawn at a fortieth); a hairline keeps the smallest stage visible.
        const barW = scaledWidth(row.total, max, barArea - fs, minBar);
        const left = centre - barW / 2;
        const parts = row.segments?.filter((s) => s.value > 0) ?? [{ series: series ?? 0, value: row.total }];
        const sum = parts.reduce((total, s) => total + s.value, 0) || 1;
        const widths = parts.map((part) => (barW * part.value) / sum);
        const starts = widths.map((_, k) => left + widths.slice(0, k).reduce((a, b) => a + b, 0));
        return (
          <g key={j}>
            <text className="goal-chart__label" x={round(labelW - fs * 0.5)} y={round(middle)} textAnchor="end" dominantBaseline="central">
              {row.label}
            </text>
            {parts.map((part, k) => (
              <rect key={k} className={`goal-series-${part.series % 6}`} x={round(starts[k]!)} y={round(middle - barH / 2)} width={round(widths[k]!)} height={round(barH)} />
            ))}
            {row.cells.map((cell, k) => (
              <text key={k} className={k === 0 ? 'goal-chart__value' : 'goal-chart__value goal-chart__value--muted'} x={round(cellRight(k))} y={round(middle)} textAnchor="end" dominantBaseline="central">
                {cell}
              </text>
            ))}
          </g>
        );
      })}
    </svg>
  );
}

/** Scaled to fit its box, kept to the top left. */
const FILL = 'xMinYMin meet';

const round = (value: number) => Math.round(value * 100) / 100;
