// A bar chart of area scores as SVG built element by element (no markup strings, no inline styles);
// the same figures are in a table next to it, so the chart is an illustration, not the only source.

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** bars: [{label, value (0-100 or null)}] */
export function barChart(bars, caption) {
  const rowHeight = 28;
  const labelWidth = 320;
  const barWidth = 300;
  const height = bars.length * rowHeight + 10;
  const chart = svg('svg', {class: 'chart', viewBox: `0 0 ${labelWidth + barWidth + 80} ${height}`, role: 'img', 'aria-label': caption});
  chart.append(svg('title', {}, caption));
  bars.forEach((bar, i) => {
    const y = i * rowHeight + 5;
    chart.append(svg('text', {x: labelWidth - 8, y: y + 17, 'text-anchor': 'end'}, bar.label));
    chart.append(svg('rect', {class: 'track', x: labelWidth, y: y + 3, width: barWidth, height: rowHeight - 10, rx: 3}));
    if (bar.value !== null && bar.value !== undefined) {
      chart.append(svg('rect', {class: 'bar', x: labelWidth, y: y + 3, width: Math.max(1, barWidth * bar.value / 100), height: rowHeight - 10, rx: 3}));
    }
    chart.append(svg('text', {x: labelWidth + barWidth + 8, y: y + 17},
      bar.value === null || bar.value === undefined ? 'not scored' : `${bar.value.toFixed(1)} %`));
  });
  return chart;
}
