import { scaleLinear, scalePoint } from 'd3-scale';
import { type KeyboardEvent, useMemo } from 'react';

import { CHART_COLOURS, CHART_MARGIN, LABEL_MIN_GAP, MAX_MONTH_TICKS, NARROW_WIDTH, PLOT_HEIGHT, STATUS_STYLES } from './constants';
import {
  describePoint,
  getCount,
  getCountDomain,
  getCountTicks,
  getDate,
  getMonthTickIndexes,
  getNextMonthIndex,
  layoutEndLabels,
  monthLabel,
  type PlanStatusSeriesDatum,
  STATUS_KEYS,
  STATUS_SHORT_LABELS,
  type StatusKey,
} from './plan-status-series.domain';

/** Props of PlanStatusSeriesChartSvg. */
export type PlanStatusSeriesChartSvgProps = {
  data: PlanStatusSeriesDatum[];
  width: number;
  title: string;
  summary: string;
  instructionsId?: string;
  activeIndex: number | null;
  onActiveIndexChange: (index: number | null) => void;
};

/** A status's marker at (x, y): each status has its own shape, so the lines differ by more than colour. */
function Marker({ status, x, y }: { status: StatusKey; x: number; y: number }) {
  const { colour, marker } = STATUS_STYLES[status];
  const common = { fill: colour, stroke: colour, strokeWidth: 1.5 };
  switch (marker) {
    case 'triangle':
      return <path d={`M ${x} ${y - 5} L ${x + 5} ${y + 4} L ${x - 5} ${y + 4} Z`} {...common} />;
    case 'diamond':
      return <path d={`M ${x} ${y - 5} L ${x + 5} ${y} L ${x} ${y + 5} L ${x - 5} ${y} Z`} {...common} />;
    case 'square':
      return <rect x={x - 4} y={y - 4} width={8} height={8} {...common} />;
    case 'circle':
      return <circle cx={x} cy={y} r={4.5} {...common} />;
    case 'cross':
      return (
        <path
          d={`M ${x - 4} ${y - 4} L ${x + 4} ${y + 4} M ${x + 4} ${y - 4} L ${x - 4} ${y + 4}`}
          fill="none"
          stroke={colour}
          strokeWidth={2}
        />
      );
  }
}

/**
 * The counts by status at the end of each month, one line per status, at a fixed width. Each line
 * has its own dash and marker and ends in its word and count. The chart is one tab stop: the arrow
 * keys move between months, Home and End jump, Escape leaves; the outer component announces each.
 */
export function PlanStatusSeriesChartSvg({
  data,
  width,
  title,
  summary,
  instructionsId,
  activeIndex,
  onActiveIndexChange,
}: PlanStatusSeriesChartSvgProps) {
  const narrow = width < NARROW_WIDTH;
  // bounds
  const margin = narrow ? { ...CHART_MARGIN, right: 12 } : CHART_MARGIN;
  const innerWidth = Math.max(40, width - margin.left - margin.right);
  const height = PLOT_HEIGHT + margin.top + margin.bottom;
  // scales
  const x = useMemo(
    () =>
      scalePoint<string>()
        .domain(data.map(getDate))
        .range([0, innerWidth])
        .padding(data.length === 1 ? 0.5 : 0.05),
    [data, innerWidth],
  );
  const countDomain = useMemo(() => getCountDomain(data), [data]);
  const y = useMemo(() => scaleLinear().domain(countDomain).range([PLOT_HEIGHT, 0]), [countDomain]);
  const ticks = getCountTicks(countDomain);
  const monthTicks = getMonthTickIndexes(data.length, narrow ? 3 : MAX_MONTH_TICKS);
  const last = data[data.length - 1];
  const labelY = last
    ? layoutEndLabels(
        STATUS_KEYS.map((key) => ({ key, y: y(getCount(last, key)) })),
        LABEL_MIN_GAP,
        PLOT_HEIGHT,
      )
    : null;

  const handleKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (event.key === 'Escape') {
      onActiveIndexChange(null);
      return;
    }
    const next = getNextMonthIndex(activeIndex, event.key, data.length);
    if (next === null) return;
    event.preventDefault();
    onActiveIndexChange(next);
  };

  return (
    <svg
      width={width}
      height={height}
      role="img"
      aria-roledescription="line chart"
      aria-label={title}
      aria-describedby={instructionsId}
      tabIndex={data.length > 0 ? 0 : undefined}
      onKeyDown={handleKeyDown}
      onBlur={() => onActiveIndexChange(null)}
      className="app-plan-status-series__svg"
    >
      <title>{title}</title>
      <desc>{summary}</desc>
      <g transform={`translate(${margin.left},${margin.top})`}>
        <g aria-hidden="true">
          {ticks.map((t) => (
            <g key={t} transform={`translate(0,${y(t)})`}>
              <line x1={0} x2={innerWidth} stroke={CHART_COLOURS.gridline} />
              <text x={-8} dy="0.32em" textAnchor="end" fontSize={14} fill={CHART_COLOURS.text}>
                {t}
              </text>
            </g>
          ))}
          {monthTicks.map((i) => (
            <text key={data[i].date} x={x(data[i].date)} y={PLOT_HEIGHT + 24} textAnchor="middle" fontSize={14} fill={CHART_COLOURS.text}>
              {monthLabel(data[i].date)}
            </text>
          ))}
          {activeIndex !== null && data[activeIndex] ? (
            <line
              x1={x(data[activeIndex].date)}
              x2={x(data[activeIndex].date)}
              y1={0}
              y2={PLOT_HEIGHT}
              stroke={CHART_COLOURS.text}
              strokeWidth={2}
              strokeDasharray="3 3"
            />
          ) : null}
        </g>
        {STATUS_KEYS.map((key) => {
          const style = STATUS_STYLES[key];
          const path = data.map((d, i) => `${i === 0 ? 'M' : 'L'} ${x(getDate(d))} ${y(getCount(d, key))}`).join(' ');
          return (
            <g key={key} role="list" aria-label={STATUS_SHORT_LABELS[key]}>
              {data.length > 1 ? (
                <path d={path} fill="none" stroke={style.colour} strokeWidth={2.5} strokeDasharray={style.dash} aria-hidden="true" />
              ) : null}
              {data.map((d) => (
                <g key={d.date} role="listitem" aria-label={describePoint(d, key)}>
                  <Marker status={key} x={x(getDate(d)) ?? 0} y={y(getCount(d, key))} />
                </g>
              ))}
              {last && labelY && !narrow ? (
                <text x={innerWidth + 10} y={labelY[key]} dy="0.32em" fontSize={14} fill={CHART_COLOURS.text} aria-hidden="true">
                  {STATUS_SHORT_LABELS[key]} {getCount(last, key)}
                </text>
              ) : null}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
