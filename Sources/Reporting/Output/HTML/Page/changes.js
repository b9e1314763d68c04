function renderChanges(box) {
  var c = R.changes;
  if (!c) { append(box, h('p', { cls: 'empty', text: 'No previous run known: changes appear from the next run on.' })); return; }
  var rows = [
    ['Findings', c.findings.new.length, c.findings.resolved.length, null, c.findings.unchanged],
    ['Clusters', c.clusters.new.length, c.clusters.resolved.length, c.clusters.changed.length, c.clusters.unchanged]
  ];
  append(box, h('table', { cls: 'compact', attrs: { id: 'changes-table' } },
    h('thead', {}, h('tr', {}, ['', 'new', 'resolved', 'changed members', 'unchanged'].map(function (t) { return h('th', { text: t }); }))),
    h('tbody', {}, rows.map(function (r) {
      return h('tr', {}, h('th', { text: r[0] }), r.slice(1).map(function (v, i) {
        return h('td', { cls: ['new', 'resolved', 'changed', 'unchanged'][i], text: v == null ? '\u2014' : fmt(v) });
      }));
    }))));
  function list(title, ids) {
    if (!ids.length) return null;
    var more = ids.length > 12 ? ' \u2026 and ' + fmt(ids.length - 12) + ' more' : '';
    return h('p', { cls: 'ids' }, h('strong', { text: title + ': ' }), ids.slice(0, 12).join(', ') + more);
  }
  append(box, [list('New findings', c.findings.new), list('Resolved findings', c.findings.resolved),
               list('New clusters', c.clusters.new), list('Resolved clusters', c.clusters.resolved)]);
}

function renderTrend(box) {
  var points = (R.trend || []).concat([{ generated_at: R.generated_at, customers: R.summary.customers,
    errors: R.summary.findings.error, warnings: R.summary.findings.warning, infos: R.summary.findings.info,
    clusters: R.summary.clusters }]);
  if (points.length < 2) { append(box, h('p', { cls: 'empty', text: 'No earlier runs recorded yet: the trend starts with the next run.' })); return; }
  var series = [['errors', 'sev-error'], ['warnings', 'sev-warning'], ['clusters', 'band-likely']];
  var W = 520, H = 120, left = 44, max = 1;
  points.forEach(function (p) { series.forEach(function (sr) { max = Math.max(max, p[sr[0]]); }); });
  var chart = s('svg', { viewBox: '0 0 ' + (W + left + 20) + ' ' + (H + 40), role: 'img', 'class': 'chart' });
  chart.appendChild(s('title', {}, 'Trend of the last ' + points.length + ' runs'));
  var step = W / (points.length - 1);
  series.forEach(function (sr) {
    var d = points.map(function (p, i) { return (i ? 'L' : 'M') + (left + i * step).toFixed(1) + ' ' + (10 + H - p[sr[0]] / max * H).toFixed(1); }).join(' ');
    chart.appendChild(s('path', { d: d, 'class': 'line ' + sr[1] }));
    points.forEach(function (p, i) {
      var dot = s('circle', { cx: left + i * step, cy: 10 + H - p[sr[0]] / max * H, r: 3, 'class': 'dot ' + sr[1] });
      dot.appendChild(s('title', {}, p.generated_at + ': ' + fmt(p[sr[0]]) + ' ' + sr[0]));
      chart.appendChild(dot);
    });
  });
  chart.appendChild(s('text', { x: left - 6, y: 14, 'text-anchor': 'end', 'class': 'axis' }, fmt(max)));
  chart.appendChild(s('text', { x: left - 6, y: 10 + H, 'text-anchor': 'end', 'class': 'axis' }, '0'));
  chart.appendChild(s('text', { x: left, y: H + 30, 'class': 'axis' }, points[0].generated_at.slice(0, 10)));
  chart.appendChild(s('text', { x: left + W, y: H + 30, 'text-anchor': 'end', 'class': 'axis' }, 'this run'));
  append(box, [chart, legend(series.map(function (sr) { return [sr[1], sr[0]]; }))]);
}

function renderGate(box) {
  if (!R.gate) { box.parentNode.hidden = true; return; }
  append(box, h('table', { cls: 'compact', attrs: { id: 'gate-table' } },
    h('thead', {}, h('tr', {}, ['check', 'actual', 'threshold', 'result', 'detail'].map(function (t) { return h('th', { text: t }); }))),
    h('tbody', {}, R.gate.checks.map(function (c) {
      var result = c.passed ? 'passed' : (c.enforced ? 'FAILED' : 'over (not enforced)');
      return h('tr', { cls: c.passed ? 'ok' : (c.enforced ? 'failed' : 'advisory') },
        h('td', { text: c.name }), h('td', { cls: 'num', text: String(c.actual) }),
        h('td', { cls: 'num', text: String(c.threshold) }), h('td', { text: result }), h('td', { text: c.message }));
    }))));
}
