import type { ModelCredit } from '../../domain/attribution';
import type { AttributionModelId, Effort } from '../../domain/attribution-schema';

/**
 * The geometry of the chart that shows the room why last click starves marketing: for each model a
 * group of bars, one per team, as tall as the team's share of the credit (0–100 %). Pure numbers in
 * SVG user units, so the presenter, the playbook (vector SVG in the PDF) and the tests draw and
 * check the same chart; the views add the colours, the translated labels and the legend.
 */

export interface ChartSize {
  width: number;
  height: number;
  /** Room left of the plot for the percent axis labels. */
  left: number;
  /** Room below the plot for the model names. */
  bottom: number;
  /** Room above the plot for the value labels of full bars. */
  top: number;
}

export interface ChartBar {
  model: AttributionModelId;
  effort: Effort;
  /** The rounded percent the bar shows (the model's teams sum to 100). */
  percent: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** The plot area: 0 % at `plot.y + plot.height`, 100 % at `plot.y`. */
  plot: { x: number; y: number; width: number; height: number };
  /** One group per model, in the credits' order; `center` is where its name goes. */
  groups: { model: AttributionModelId; x: number; width: number; center: number; chosen: boolean }[];
  bars: ChartBar[];
  /** Horizontal lines at 0, 25, 50, 75 and 100 %. */
  gridlines: { percent: number; y: number }[];
}

export const DEFAULT_CHART_SIZE: ChartSize = { width: 960, height: 420, left: 56, bottom: 64, top: 28 };

/** The share of a group's width left empty between groups. */
const GROUP_GAP = 0.28;

/**
 * Lays out the bars for `teams` (the journey's teams, in their fixed order) under every model in
 * `credits`. A model without credit (a journey without touches) gets an empty group.
 *
 * @example
 * const layout = teamChartLayout(creditJourney(journey, 7), ['marketing', 'sales'], DEFAULT_CHART_SIZE, 'wShaped');
 * layout.bars.find((b) => b.model === 'lastTouch' && b.effort === 'marketing')!.height; // 0
 */
export function teamChartLayout(credits: readonly ModelCredit[], teams: readonly Effort[], size: ChartSize = DEFAULT_CHART_SIZE, chosen: AttributionModelId | null = null): ChartLayout {
  const plot = { x: size.left, y: size.top, width: Math.max(0, size.width - size.left), height: Math.max(0, size.height - size.top - size.bottom) };
  const groupWidth = credits.length > 0 ? plot.width / credits.length : 0;
  const inner = groupWidth * (1 - GROUP_GAP);
  const barWidth = teams.length > 0 ? inner / teams.length : 0;
  const yOf = (percent: number) => plot.y + plot.height * (1 - percent / 100);
  const groups = credits.map((credit, i) => {
    const x = plot.x + i * groupWidth + (groupWidth - inner) / 2;
    return { model: credit.model, x, width: inner, center: plot.x + (i + 0.5) * groupWidth, chosen: credit.model === chosen };
  });
  const bars = credits.flatMap((credit, i) =>
    teams.map((effort, j): ChartBar => {
      const percent = credit.teams.find((team) => team.effort === effort)?.percent ?? 0;
      const y = yOf(percent);
      return { model: credit.model, effort, percent, x: groups[i]!.x + j * barWidth, y, width: barWidth, height: plot.y + plot.height - y };
    }),
  );
  const gridlines = [0, 25, 50, 75, 100].map((percent) => ({ percent, y: yOf(percent) }));
  return { width: size.width, height: size.height, plot, groups, bars, gridlines };
}
