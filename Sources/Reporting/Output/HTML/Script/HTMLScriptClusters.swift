extension HTMLScript {
    /// The report page's script, part: cluster cards: members side by side with differences highlighted, merged record, conflicts, pair waterfalls.
    static let clusters = #"""
var C = { filtered: [] };
var NEW_CLUSTERS = {};
if (R.changes) R.changes.clusters.new.forEach(function (id) { NEW_CLUSTERS[id] = true; });

function renderClusters() {
  optionList(byId('c-band'), 'All bands', BANDS.filter(function (b) { return R.summary.clusters_by_band[b] > 0; }), R.summary.clusters_by_band);
  C.pager = new Pager(byId('c-pager'), 10, function () { return C.filtered.length; }, drawClusterCards);
  ['c-band', 'c-review'].forEach(function (id) { byId(id).addEventListener('change', filterClusters); });
  byId('c-search').addEventListener('input', debounce(filterClusters, 150));
  filterClusters();
}

function filterClusters() {
  var band = byId('c-band').value, review = byId('c-review').value, q = byId('c-search').value.trim().toLowerCase();
  C.filtered = R.clusters.filter(function (c) {
    if (band && c.band !== band) return false;
    if (review) {
      var d = decisionFor(c);
      if (review === 'undecided' ? d && d.decision !== 'skip' : !d || d.decision !== review) return false;
    }
    if (q) {
      var hay = [c.id].concat(c.customer_ids, (c.members || []).map(function (m) { return m.display_name; })).join('\u0001').toLowerCase();
      if (hay.indexOf(q) < 0) return false;
    }
    return true;
  });
  C.pager.page = 0;
  C.pager.go(0);
}

function drawClusterCards(from, to) {
  var list = byId('cluster-list');
  clear(list);
  C.filtered.slice(from, to).forEach(function (c) { list.appendChild(clusterCard(c)); });
  var n = C.filtered.length;
  byId('c-count').textContent = n === 0 ? 'No clusters match.' : 'Showing ' + fmt(from + 1) + '\u2013' + fmt(to) + ' of ' + fmt(n);
}

function clusterCard(c) {
  var card = h('article', { cls: 'cluster-card band-border-' + c.band, attrs: { 'data-cluster-id': c.id } });
  append(card, h('header', {},
    h('h3', { text: c.id }),
    h('span', { cls: 'badge band-' + c.band, text: c.band }),
    h('span', { cls: 'conf', text: 'confidence ' + pct(c.confidence) }),
    h('span', { text: c.customer_ids.length + ' customers' }),
    c.confirmed ? h('span', { cls: 'badge pass', text: 'confirmed' }) : null,
    NEW_CLUSTERS[c.id] ? h('span', { cls: 'badge new', text: 'new' }) : null));
  append(card, membersTable(c));
  var details = h('div', { cls: 'card-details' });
  append(details, [mergedTable(c), conflictList(c)]);
  append(card, details);
  append(card, h('div', { cls: 'pairs' }, h('h4', { text: 'Why these match' }), c.pairs.map(pairExplanation)));
  append(card, reviewControls(c));
  return card;
}

function membersTable(c) {
  var members = c.members && c.members.length ? c.members : c.customer_ids.map(function (id) { return { customer_id: id, display_name: 'customer ' + id, fields: {} }; });
  var fields = unique([].concat.apply([], members.map(function (m) { return Object.keys(m.fields); }))).sort(byFieldOrder);
  var head = h('tr', {}, h('th', { text: 'field' }), members.map(function (m) {
    var survivor = m.customer_id === c.survivor_id;
    return h('th', { cls: 'member' + (survivor ? ' survivor' : ''), attrs: { scope: 'col', 'data-customer-id': String(m.customer_id) } },
      h('span', { cls: 'cid', text: '#' + m.customer_id }), ' ', h('span', { text: shown(m.display_name) }),
      survivor ? h('span', { cls: 'badge survivor-mark', text: '\u2605 survivor' }) : null);
  }));
  var rows = fields.map(function (f) {
    var values = members.map(function (m) { return m.fields[f]; });
    var differs = unique(values.map(function (v) { return v == null ? '' : v; })).length > 1;
    return h('tr', { cls: differs ? 'differs' : '' }, h('th', { text: f, attrs: { scope: 'row' } }), members.map(function (m, i) {
      return h('td', { cls: 'v' + (m.customer_id === c.survivor_id ? ' survivor' : ''), text: shown(values[i]) });
    }));
  });
  return h('div', { cls: 'members-wrap' }, h('table', { cls: 'members' }, h('thead', {}, head), h('tbody', {}, rows)));
}

function mergedTable(c) {
  var plan = c.merge_plan && c.merge_plan.length ? c.merge_plan :
    Object.keys(c.merged || {}).map(function (f) { return { field: f, value: c.merged[f], reason: '', from_customer: null }; });
  if (!plan.length) return h('div', { cls: 'merged' }, h('h4', { text: 'Merged record' }), h('p', { cls: 'empty', text: 'No merge suggested.' }));
  plan = plan.slice().sort(function (a, b) { return byFieldOrder(a.field, b.field); });
  return h('div', { cls: 'merged' }, h('h4', { text: 'Merged record (kept on #' + c.survivor_id + ')' }),
    h('table', { cls: 'compact' }, h('thead', {}, h('tr', {}, ['field', 'value', 'why', 'from'].map(function (t) { return h('th', { text: t }); }))),
      h('tbody', {}, plan.map(function (m) {
        return h('tr', {}, h('th', { text: m.field }), h('td', { cls: 'v', text: shown(m.value) }),
          h('td', { text: String(m.reason).replace(/_/g, ' ') }), h('td', { text: m.from_customer == null ? '' : '#' + m.from_customer }));
      }))));
}

function conflictList(c) {
  if (!c.conflicts || !c.conflicts.length) return null;
  return h('div', { cls: 'conflicts' }, h('h4', { text: 'Conflicts to decide' }),
    h('ul', {}, c.conflicts.map(function (k) {
      return h('li', {}, h('strong', { text: k.field + ': ' }), k.values.map(function (v, i) {
        return [i ? h('span', { cls: 'neq', text: ' \u2260 ' }) : null, h('span', { cls: 'v', text: shown(v) })];
      }));
    })));
}

function pairExplanation(p) {
  var evidence = p.evidence || [];
  var sum = evidence.reduce(function (t, e) { return t + e.weight; }, 0);
  var prior = (typeof p.weight === 'number' ? p.weight : sum) - sum;
  var box = h('div', { cls: 'pair' }, h('p', { cls: 'pair-title' },
    h('strong', { text: '#' + p.a + ' \u2194 #' + p.b }), ' score ' + pct(p.score) + ', match weight ' + signed(p.weight || sum)));
  append(box, waterfall(prior, evidence, p.weight || sum));
  append(box, h('table', { cls: 'compact evidence' },
    h('thead', {}, h('tr', {}, ['comparison', 'level', '#' + p.a, '#' + p.b, 'weight'].map(function (t) { return h('th', { text: t }); }))),
    h('tbody', {}, evidence.map(function (e) {
      return h('tr', {}, h('td', { text: e.field }), h('td', { text: e.label }), h('td', { cls: 'v', text: shown(e.left) }),
        h('td', { cls: 'v', text: shown(e.right) }), h('td', { cls: 'num ' + (e.weight >= 0 ? 'pos' : 'neg'), text: signed(e.weight) }));
    }))));
  return box;
}

// Waterfall: the prior, then each comparison moving the total up or down, then the final weight.
function waterfall(prior, evidence, total) {
  var steps = [{ label: 'prior', w: prior, cls: 'prior' }].concat(evidence.map(function (e) {
    return { label: e.label || e.field, w: e.weight, cls: e.weight >= 0 ? 'pos' : 'neg' };
  }));
  var run = 0, lo = 0, hi = 0;
  steps.forEach(function (st) { st.from = run; run += st.w; st.to = run; lo = Math.min(lo, run); hi = Math.max(hi, run); });
  lo = Math.min(lo, total); hi = Math.max(hi, total);
  var labelW = 250, W = 300, rowH = 16, span = Math.max(1e-9, hi - lo);
  function x(v) { return labelW + (v - lo) / span * W; }
  var chart = s('svg', { viewBox: '0 0 ' + (labelW + W + 60) + ' ' + ((steps.length + 1) * rowH + 6), role: 'img', 'class': 'chart waterfall' });
  chart.appendChild(s('title', {}, 'Match weight built up from the prior and each comparison'));
  chart.appendChild(s('line', { x1: x(0), x2: x(0), y1: 0, y2: (steps.length + 1) * rowH + 4, 'class': 'zero' }));
  steps.concat([{ label: 'total', from: 0, to: total, w: total, cls: 'total' }]).forEach(function (st, i) {
    var y = i * rowH + 3;
    chart.appendChild(s('text', { x: labelW - 6, y: y + 11, 'text-anchor': 'end', 'class': 'lbl' }, st.label.length > 36 ? st.label.slice(0, 35) + '\u2026' : st.label));
    chart.appendChild(s('rect', { x: Math.min(x(st.from), x(st.to)), y: y + 2, width: Math.max(1, Math.abs(x(st.to) - x(st.from))), height: rowH - 4, 'class': 'wf-' + st.cls }));
    chart.appendChild(s('text', { x: Math.max(x(st.from), x(st.to)) + 4, y: y + 11, 'class': 'val' }, signed(st.w)));
  });
  return chart;
}
"""#
}
