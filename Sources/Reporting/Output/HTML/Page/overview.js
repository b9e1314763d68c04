function renderHeader() {
  var meta = byId('meta');
  append(meta, ['Generated ' + R.generated_at + ' from ' + R.source.kind + ' (' + fmt(R.source.customers) + ' customers read)']);
  if (R.changes) append(meta, ['; previous run ' + R.changes.previous_generated_at]);
  if (R.gate) {
    var failed = R.gate.checks.filter(function (c) { return !c.passed && c.enforced; }).length;
    append(byId('gate-badge'), h('span', { cls: 'badge ' + (R.gate.passed ? 'pass' : 'fail'),
      text: R.gate.passed ? 'Gate passed' : 'Gate failed (' + failed + ' threshold' + (failed === 1 ? '' : 's') + ')' }));
  }
  byId('tab-findings-count').textContent = fmt(R.findings.length);
  byId('tab-clusters-count').textContent = fmt(R.clusters.length);
}

function card(key, value, label, previous) {
  var delta = null;
  if (previous != null && previous !== value) {
    delta = h('span', { cls: 'delta', text: (value > previous ? '+' : '\u2212') + fmt(Math.abs(value - previous)) + ' since previous' });
  }
  return h('div', { cls: 'card ' + key, attrs: { 'data-count': key } },
    h('span', { cls: 'num', text: fmt(value) }), h('span', { cls: 'lbl', text: label }), delta);
}

function renderOverview() {
  var sum = R.summary, prev = R.changes ? R.changes.previous_summary : null;
  var cards = byId('cards');
  append(cards, [
    card('customers', sum.customers, 'customers', prev && prev.customers),
    card('error', sum.findings.error, 'errors', prev && prev.findings.error),
    card('warning', sum.findings.warning, 'warnings', prev && prev.findings.warning),
    card('info', sum.findings.info, 'info', prev && prev.findings.info),
    card('clusters', sum.clusters, 'duplicate clusters', prev && prev.clusters),
    card('customers_in_clusters', sum.customers_in_clusters, 'customers in clusters', prev && prev.customers_in_clusters)
  ]);
  renderRuleChart(byId('chart-rules'));
  renderBandChart(byId('chart-bands'));
  renderHistogram(byId('chart-histogram'));
  renderChanges(byId('changes'));
  renderTrend(byId('trend'));
  renderGate(byId('gate'));
}

function renderRuleChart(box) {
  var rules = {};
  R.findings.forEach(function (f) {
    var r = rules[f.rule] || (rules[f.rule] = { error: 0, warning: 0, info: 0, total: 0 });
    r[f.severity] += 1; r.total += 1;
  });
  var names = Object.keys(rules).sort(function (a, b) { return rules[b].total - rules[a].total || (a < b ? -1 : 1); });
  if (!names.length) { append(box, h('p', { cls: 'empty', text: 'No findings.' })); return; }
  var rowH = 20, labelW = 210, barW = 380, max = rules[names[0]].total;
  var chart = s('svg', { viewBox: '0 0 ' + (labelW + barW + 70) + ' ' + (names.length * rowH + 4), role: 'img', 'class': 'chart' });
  chart.appendChild(s('title', {}, 'Findings by rule and severity'));
  names.forEach(function (name, i) {
    var y = i * rowH + 2, x = labelW, r = rules[name];
    chart.appendChild(s('text', { x: labelW - 6, y: y + 14, 'text-anchor': 'end', 'class': 'lbl' }, name));
    SEVERITIES.forEach(function (sev) {
      if (!r[sev]) return;
      var w = Math.max(1, r[sev] / max * barW);
      var bar = s('rect', { x: x, y: y + 3, width: w, height: rowH - 6, 'class': 'sev-' + sev });
      bar.appendChild(s('title', {}, name + ': ' + fmt(r[sev]) + ' ' + sev));
      chart.appendChild(bar);
      x += w;
    });
    chart.appendChild(s('text', { x: x + 6, y: y + 14, 'class': 'val' }, fmt(r.total)));
  });
  append(box, [chart, legend(SEVERITIES.map(function (x) { return ['sev-' + x, x]; }))]);
}

function legend(items) {
  return h('p', { cls: 'legend' }, items.map(function (it) { return h('span', { cls: 'key ' + it[0], text: it[1] }); }));
}

function renderBandChart(box) {
  var max = Math.max(1, Math.max.apply(null, BANDS.map(function (b) { return R.summary.clusters_by_band[b] || 0; })));
  var chart = s('svg', { viewBox: '0 0 460 ' + (BANDS.length * 24 + 4), role: 'img', 'class': 'chart' });
  chart.appendChild(s('title', {}, 'Clusters by band'));
  BANDS.forEach(function (band, i) {
    var n = R.summary.clusters_by_band[band] || 0, y = i * 24 + 2;
    chart.appendChild(s('text', { x: 74, y: y + 15, 'text-anchor': 'end', 'class': 'lbl' }, band));
    chart.appendChild(s('rect', { x: 80, y: y + 3, width: Math.max(n ? 1 : 0, n / max * 320), height: 16, 'class': 'band-' + band }));
    chart.appendChild(s('text', { x: 86 + n / max * 320, y: y + 15, 'class': 'val' }, fmt(n)));
  });
  append(box, chart);
}

function renderHistogram(box) {
  var hist = R.model.pair_scores, bins = hist.bins || [], thresholds = R.model.band_thresholds || {};
  if (!hist.count) { append(box, h('p', { cls: 'empty', text: 'No pairs were scored.' })); return; }
  var W = 600, H = 160, left = 40, top = 38, max = Math.max.apply(null, bins.concat([1]));
  var chart = s('svg', { viewBox: '0 0 ' + (W + left + 90) + ' ' + (top + H + 24), role: 'img', 'class': 'chart' });
  chart.appendChild(s('title', {}, 'Pair scores (' + fmt(hist.count) + ' pairs) with band thresholds'));
  var bw = W / bins.length;
  bins.forEach(function (n, i) {
    var bh = n ? Math.max(1, Math.sqrt(n / max) * H) : 0;
    var bar = s('rect', { x: left + i * bw + 1, y: top + H - bh, width: bw - 2, height: bh, 'class': 'hist' });
    bar.appendChild(s('title', {}, (i / bins.length).toFixed(2) + '\u2013' + ((i + 1) / bins.length).toFixed(2) + ': ' + fmt(n) + ' pairs'));
    chart.appendChild(bar);
  });
  for (var t = 0; t <= 10; t += 2) {
    chart.appendChild(s('text', { x: left + t / 10 * W, y: top + H + 16, 'text-anchor': 'middle', 'class': 'axis' }, (t / 10).toFixed(1)));
  }
  BANDS.forEach(function (band, i) {
    var v = thresholds[band];
    if (typeof v !== 'number') return;
    var x = left + v * W;
    chart.appendChild(s('line', { x1: x, x2: x, y1: 4 + i * 11, y2: top + H, 'class': 'threshold band-' + band }));
    chart.appendChild(s('text', { x: x + 3, y: 12 + i * 11, 'class': 'axis' }, band + ' \u2265 ' + v));
  });
  append(box, [chart, h('p', { cls: 'note', text: fmt(hist.count) + ' scored pairs; bar height on a square-root scale so small counts stay visible.' })]);
}
