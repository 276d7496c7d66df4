import { shortLabels } from './short-labels';

// A tooltip is HTML: names come from users.
function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A bar's figure as a finance clerk reads it: thousands grouped, at most two decimals (万元 to the 百元). */
export function barFigure(value: number): string {
  return value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

/**
 * One series of bars with each bar's figure written at its end, so the 工作台 is read without hovering bar by bar
 * (a single series has no legend: the card's title and the axis name say what and in which unit).
 */
export function barOption(data: Array<{ name: string; value: number }>, unit: string, horizontal = false) {
  const full = data.map((d) => d.name);
  // Units of one region share its long name: the axis shows what tells them apart, the tooltip the whole name.
  const names = horizontal ? shortLabels(full) : full;
  const values = data.map((d) => d.value);
  const category = { type: 'category' as const, data: names, axisLabel: { interval: 0, width: 150, overflow: 'truncate' as const } };
  const value = { type: 'value' as const, name: unit };
  return {
    tooltip: {
      trigger: 'axis' as const,
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
        const i = first?.dataIndex ?? 0;
        return `${escapeHtml(full[i] ?? '')}<br/>${barFigure(values[i] ?? 0)} ${unit}`;
      },
    },
    // Room at the bars' far end for the longest figure (a 7-digit 万元 sum with its decimals).
    grid: { left: horizontal ? 165 : 48, right: horizontal ? 72 : 24, top: 30, bottom: horizontal ? 24 : 60 },
    xAxis: horizontal ? value : { ...category, axisLabel: { ...category.axisLabel, rotate: 30 } },
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [
      {
        type: 'bar' as const,
        data: values,
        itemStyle: { color: '#b71c1c' },
        barMaxWidth: 28,
        label: { show: true, position: horizontal ? ('right' as const) : ('top' as const), formatter: (p: { value?: unknown }) => barFigure(Number(p.value ?? 0)) },
      },
    ],
  };
}
