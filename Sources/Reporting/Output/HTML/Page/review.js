// Review decisions live in the browser's local storage, keyed by the sorted member ids, so they
// survive reloads and carry over to next month's report when a cluster keeps its members.
var STORE_KEY = 'customer-audit.decisions.v1', REVIEWER_KEY = 'customer-audit.reviewer';
var memoryStore = {};
function loadDecisions() {
  try { return JSON.parse(window.localStorage.getItem(STORE_KEY) || '{}') || {}; } catch (e) { return memoryStore; }
}
function saveDecisions(all) {
  memoryStore = all;
  try { window.localStorage.setItem(STORE_KEY, JSON.stringify(all)); } catch (e) { /* storage off: keep in memory */ }
}
function clusterKey(c) { return c.customer_ids.slice().sort(function (a, b) { return a - b; }).join(','); }
function decisionFor(c) { return loadDecisions()[clusterKey(c)] || null; }
function reviewer() { return byId('reviewer').value.trim(); }

function setDecision(c, decision, note) {
  var all = loadDecisions(), key = clusterKey(c);
  if (decision == null) delete all[key];
  else all[key] = { decision: decision, note: note || '', at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'), by: reviewer() };
  saveDecisions(all);
  updateDecisionCount();
}

function reviewControls(c) {
  var current = decisionFor(c);
  var note = h('input', { cls: 'note', attrs: { type: 'text', placeholder: 'note (optional)', 'aria-label': 'note for ' + c.id } });
  if (current) note.value = current.note || '';
  var status = h('span', { cls: 'review-status' });
  var buttons = [['same', 'Same customer'], ['distinct', 'Distinct customers'], ['skip', 'Skip']].map(function (d) {
    return h('button', { cls: 'decide decide-' + d[0], text: d[1], attrs: { type: 'button', 'data-decision': d[0], 'aria-pressed': 'false' },
      on: { click: function () {
        var was = decisionFor(c);
        setDecision(c, was && was.decision === d[0] ? null : d[0], note.value);
        paint();
      } } });
  });
  note.addEventListener('change', function () { var d = decisionFor(c); if (d) setDecision(c, d.decision, note.value); });
  function paint() {
    var d = decisionFor(c);
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(!!d && d.decision === b.getAttribute('data-decision'))); });
    status.textContent = d ? 'Decided: ' + d.decision + (d.by ? ' by ' + d.by : '') : 'Not reviewed';
  }
  paint();
  return h('div', { cls: 'review' }, buttons, note, status);
}

function exportedDecisions() {
  var all = loadDecisions(), by = reviewer() || 'reviewer';
  return R.clusters.map(function (c) { return [c, all[clusterKey(c)]]; })
    .filter(function (x) { return x[1] && (x[1].decision === 'same' || x[1].decision === 'distinct'); })
    .map(function (x) {
      return { customer_ids: x[0].customer_ids.slice().sort(function (a, b) { return a - b; }), decision: x[1].decision,
               by: x[1].by || by, at: x[1].at, note: x[1].note || '' };
    });
}

function updateDecisionCount() {
  var n = exportedDecisions().length;
  byId('export').textContent = 'Export decisions (' + n + ')';
  byId('export').setAttribute('data-decisions', String(n));
}

function exportDecisions() {
  var body = JSON.stringify({ decisions: exportedDecisions() }, null, 2) + '\n';
  var url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
  var link = h('a', { attrs: { href: url, download: 'decisions.json' } });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
}

function initReview() {
  var name = byId('reviewer');
  try { name.value = window.localStorage.getItem(REVIEWER_KEY) || ''; } catch (e) { /* no storage */ }
  name.addEventListener('change', function () { try { window.localStorage.setItem(REVIEWER_KEY, name.value.trim()); } catch (e) { /* no storage */ } });
  byId('export').addEventListener('click', exportDecisions);
  updateDecisionCount();
}

function main() {
  renderHeader();
  renderOverview();
  renderFindings();
  initReview();
  renderClusters();
  Array.prototype.forEach.call(document.querySelectorAll('nav#tabs button'), function (b) {
    b.addEventListener('click', function () { showTab(b.getAttribute('data-tab')); });
  });
  window.addEventListener('hashchange', openFragment);
  openFragment();
  document.body.setAttribute('data-ready', 'true');
  if (window.performance && performance.mark) performance.mark('report-ready');
}
main();
