import { useId } from 'react';
import type { ModelCredit } from '../../domain/attribution';
import type { AttributionModelId, Effort } from '../../domain/attribution-schema';
import { DEFAULT_CHART_SIZE, teamChartLayout, type ChartSize } from './chart';

interface TeamChartProps {
  credits: readonly ModelCredit[];
  teams: readonly Effort[];
  chosen: AttributionModelId | null;
  /** The chart's accessible name and description (the figures in words). */
  title: string;
  description: string;
  modelName: (model: AttributionModelId) => string;
  teamName: (effort: Effort) => string;
  percent: (value: number) => string;
  size?: ChartSize;
  /** Font size in the SVG's own units. */
  fontSize?: number;
  className?: string;
}

/** A model's name on at most two lines under its group ("Første" / "kontaktpunkt"). */
function twoLines(name: string, maxChars: number): string[] {
  if (name.length <= maxChars || !name.includes(' ')) return [name];
  const words = name.split(' ');
  let best = [name];
  let bestLength = Infinity;
  for (let i = 1; i < words.length; i += 1) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const longest = Math.max(...lines.map((line) => line.length));
    if (longest < bestLength) [best, bestLength] = [lines, longest];
  }
  return best;
}

/**
 * The bars per model per team, as vector SVG (crisp on the projector and in the PDF). The
 * geometry is ./chart.ts's; this draws it with the team colours of styles.css, the percent on every
 * bar, the model names below and the chosen model outlined. The legend is the caller's (HTML).
 */
export function TeamChart({ credits, teams, chosen, title, description, modelName, teamName, percent, size = DEFAULT_CHART_SIZE, fontSize = 16, className }: TeamChartProps) {
  const titleId = useId();
  const descId = useId();
  const layout = teamChartLayout(credits, teams, size, chosen);
  const { plot } = layout;
  const groupChars = Math.max(6, Math.floor((plot.width / Math.max(1, credits.length) / fontSize) * 1.8));
  return (
    <svg className={`attr-chart ${className ?? ''}`} viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-labelledby={`${titleId} ${descId}`} fontSize={fontSize}>
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      {layout.groups
        .filter((group) => group.chosen)
        .map((group) => (
          <rect key="chosen" className="attr-chart__chosen" x={group.x - 6} y={plot.y - fontSize * 1.6} width={group.width + 12} height={plot.height + fontSize * 1.6 + 6} rx={6} />
        ))}
      {layout.gridlines.map((line) => (
        <g key={line.percent} aria-hidden="true">
          <line className="attr-chart__grid" x1={plot.x} x2={plot.x + plot.width} y1={line.y} y2={line.y} />
          <text className="attr-chart__axis" x={plot.x - 8} y={line.y} dominantBaseline="middle" textAnchor="end">
            {percent(line.percent)}
          </text>
        </g>
      ))}
      {layout.bars.map((bar) => (
        <g key={`${bar.model}-${bar.effort}`}>
          <rect className={`attr-team attr-team--${bar.effort}`} x={bar.x + 1} y={bar.y} width={Math.max(0, bar.width - 2)} height={bar.height}>
            <title>{`${modelName(bar.model)}, ${teamName(bar.effort)}: ${percent(bar.percent)}`}</title>
          </rect>
          <text className="attr-chart__value" x={bar.x + bar.width / 2} y={bar.y - fontSize * 0.35} textAnchor="middle" fontSize={fontSize * 0.85} aria-hidden="true">
            {percent(bar.percent)}
          </text>
        </g>
      ))}
      {layout.groups.map((group) => (
        <text key={group.model} className={`attr-chart__model${group.chosen ? ' attr-chart__model--chosen' : ''}`} x={group.center} y={plot.y + plot.height + fontSize * 1.3} textAnchor="middle" aria-hidden="true">
          {twoLines(modelName(group.model), groupChars).map((line, i) => (
            <tspan key={i} x={group.center} dy={i === 0 ? 0 : fontSize * 1.15}>
              {line}
            </tspan>
          ))}
        </text>
      ))}
    </svg>
  );
}

/** The legend of the team colours, in HTML beside the chart. */
export function TeamLegend({ teams, teamName, label }: { teams: readonly Effort[]; teamName: (effort: Effort) => string; label: string }) {
  return (
    <ul className="attr-legend" aria-label={label}>
      {teams.map((effort) => (
        <li key={effort}>
          <span className={`attr-legend__swatch attr-team--${effort}`} aria-hidden="true" />
          {teamName(effort)}
        </li>
      ))}
    </ul>
  );
}
