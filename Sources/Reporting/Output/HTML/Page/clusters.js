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

// The decision sits at the top of the card: a reviewer reads the members and decides, and only
// reads the long evidence below when in doubt.
function clusterCard(c) {
  var card = h('article', { cls: 'cluster-card band-border-' + c.band, attrs: { 'data-cluster-id': c.id, id: 'cluster-' + c.id } });
  append(card, h('header', {},
    h('h3', {}, h('a', { cls: 'cluster-link', text: c.id, title: 'Link to this cluster', attrs: { href: '#cluster-' + c.id } })),
    h('span', { cls: 'badge band-' + c.band, text: c.band }),
    h('span', { cls: 'conf', text: 'confidence ' + pct(c.confidence) }),
    h('span', { text: c.customer_ids.length + ' customers' }),
    c.confirmed ? h('span', { cls: 'badge pass', text: 'confirmed' }) : null,
    NEW_CLUSTERS[c.id] ? h('span', { cls: 'badge new', text: 'new' }) : null));
  append(card, reviewControls(c));
  append(card, membersTable(c));
  var details = h('div', { cls: 'card-details' });
  append(details, [mergedTable(c), conflictList(c)]);
  append(card, details);
  append(card, h('div', { cls: 'pairs' }, h('h4', { text: 'Why these match' }), c.pairs.map(pairExplanation)));
  return card;
}

// Opens the card of cluster `id` from a link: the duplicates tab, the page holding the card (the
// filters cleared when they hide it), scrolled into view and marked.
function openCluster(id) {
  showTab('clusters', true);
  var index = C.filtered.findIndex(function (c) { return c.id === id; });
  if (index < 0) {
    ['c-band', 'c-review', 'c-search'].forEach(function (f) { byId(f).value = ''; });
    filterClusters();
    index = C.filtered.findIndex(function (c) { return c.id === id; });
  }
  if (index < 0) return false;
  C.pager.go(Math.floor(index / C.pager.pageSize));
  var card = byId('cluster-' + id);
  Array.prototype.forEach.call(document.querySelectorAll('.cluster-card.targeted'), function (k) { k.classList.remove('targeted'); });
  card.classList.add('targeted');
  card.scrollIntoView({ block: 'start' });
  return true;
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
  // Values that differ only in how they are written (0622585915 and +31622585915) are one value:
  // marked as such, not as a disagreement.
  var written = {};
  (c.written_differently || []).forEach(function (f) { written[f] = true; });
  var rows = fields.map(function (f) {
    var values = members.map(function (m) { return m.fields[f]; });
    var differs = unique(values.map(function (v) { return v == null ? '' : v; })).length > 1;
    var cls = differs ? (written[f] ? 'written-differently' : 'differs') : '';
    var head = h('th', { text: f, attrs: { scope: 'row' }, title: cls === 'written-differently' ? 'The same value, written differently' : null },
      cls === 'written-differently' ? h('span', { cls: 'same-note', text: 'same value, written differently' }) : null);
    return h('tr', { cls: cls }, head, members.map(function (m, i) {
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
  var box = h('div', { cls: 'pair' }, h('p', { cls: 'pair-title' },
    h('strong', { text: '#' + p.a + ' \u2194 #' + p.b }), ' score ' + pct(p.score) + ', match weight ' + signed(p.weight || sum)));
  append(box, waterfall(evidence, p.weight || sum));
  append(box, h('table', { cls: 'compact evidence' },
    h('thead', {}, h('tr', {}, ['comparison', 'level', '#' + p.a, '#' + p.b, 'weight'].map(function (t) { return h('th', { text: t }); }))),
    h('tbody', {}, evidence.map(function (e) {
      return h('tr', {}, h('td', { text: e.field }), h('td', { text: e.label }), h('td', { cls: 'v', text: shown(e.left) }),
        h('td', { cls: 'v', text: shown(e.right) }), h('td', { cls: 'num ' + (e.weight >= 0 ? 'pos' : 'neg'), text: signed(e.weight) }));
    }))));
  return box;
}

// Waterfall: the prior (the evidence's own first row), then each comparison moving the total up or
// down, then the final weight. Rows are HTML so that long labels wrap instead of being cut.
function waterfall(evidence, total) {
  var steps = evidence.map(function (e) {
    return { label: e.label || e.field, w: e.weight, cls: e.field === 'prior' ? 'prior' : e.weight >= 0 ? 'pos' : 'neg' };
  });
  var sum = evidence.reduce(function (t, e) { return t + e.weight; }, 0);
  // A report without a prior row (written before the prior was evidence) still starts from it.
  var hasPrior = evidence.some(function (e) { return e.field === 'prior'; });
  if (!hasPrior && Math.abs(total - sum) >= 0.005) steps.unshift({ label: 'Prior', w: total - sum, cls: 'prior' });
  var run = 0, lo = 0, hi = 0;
  steps.forEach(function (st) { st.from = run; run += st.w; st.to = run; lo = Math.min(lo, run); hi = Math.max(hi, run); });
  lo = Math.min(lo, total); hi = Math.max(hi, total);
  var span = Math.max(1e-9, hi - lo);
  function at(v) { return (v - lo) / span * 100; }
  var chart = h('div', { cls: 'waterfall', attrs: { role: 'img', 'aria-label': 'Match weight built up from the prior and each comparison' } });
  steps.concat([{ label: 'Total match weight', from: 0, to: total, w: total, cls: 'total' }]).forEach(function (st) {
    var bar = h('span', { cls: 'wf-bar wf-' + st.cls });
    bar.style.left = Math.min(at(st.from), at(st.to)) + '%';
    bar.style.width = Math.max(0.3, Math.abs(at(st.to) - at(st.from))) + '%';
    var zero = h('span', { cls: 'wf-zero' });
    zero.style.left = at(0) + '%';
    chart.appendChild(h('div', { cls: 'wf-row wf-row-' + st.cls },
      h('span', { cls: 'wf-label', text: st.label }), h('span', { cls: 'wf-track' }, zero, bar),
      h('span', { cls: 'wf-val', text: signed(st.w) })));
  });
  return chart;
}
