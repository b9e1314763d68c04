var F = { rows: R.findings, filtered: [], sortKey: null, sortDir: 1 };
var SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
var NEW_FINDINGS = {};
if (R.changes) R.changes.findings.new.forEach(function (id) { NEW_FINDINGS[id] = true; });

function optionList(select, label, values, counts) {
  append(select, h('option', { text: label, attrs: { value: '' } }));
  values.forEach(function (v) {
    append(select, h('option', { text: v + (counts ? ' (' + fmt(counts[v]) + ')' : ''), attrs: { value: v } }));
  });
}

// Extra phone entries are named by their numeric id (phone_numbers[714253]); one filter option
// for all of them, or a large base would list thousands.
function fieldGroup(field) { return field == null ? null : field.replace(/^phone_numbers\[\d+\]$/, 'phone_numbers[extra]'); }

function renderFindings() {
  var rules = {}, fields = {};
  F.rows.forEach(function (f) { rules[f.rule] = (rules[f.rule] || 0) + 1; var g = fieldGroup(f.field); if (g != null) fields[g] = (fields[g] || 0) + 1; });
  optionList(byId('f-rule'), 'All rules', Object.keys(rules).sort(), rules);
  optionList(byId('f-severity'), 'All severities', SEVERITIES.filter(function (x) { return R.summary.findings[x] > 0; }), R.summary.findings);
  optionList(byId('f-field'), 'All fields', Object.keys(fields).sort(byFieldOrder), fields);
  if (!R.changes) byId('f-new-label').hidden = true;
  F.pager = new Pager(byId('f-pager'), 100, function () { return F.filtered.length; }, drawFindingRows);
  ['f-rule', 'f-severity', 'f-field', 'f-new'].forEach(function (id) { byId(id).addEventListener('change', filterFindings); });
  byId('f-search').addEventListener('input', debounce(filterFindings, 150));
  Array.prototype.forEach.call(document.querySelectorAll('#findings-table th[data-key]'), function (th) {
    th.addEventListener('click', function () { sortFindings(th.getAttribute('data-key')); });
    th.tabIndex = 0;
    th.addEventListener('keydown', function (e) { if (e.key === 'Enter') sortFindings(th.getAttribute('data-key')); });
  });
  filterFindings();
}

function filterFindings() {
  var rule = byId('f-rule').value, sev = byId('f-severity').value, field = byId('f-field').value;
  var onlyNew = byId('f-new').checked, q = byId('f-search').value.trim().toLowerCase();
  F.filtered = F.rows.filter(function (f) {
    if (rule && f.rule !== rule) return false;
    if (sev && f.severity !== sev) return false;
    if (field && fieldGroup(f.field) !== field) return false;
    if (onlyNew && !NEW_FINDINGS[f.id]) return false;
    if (q) {
      var hay = [f.customer_id, f.rule, f.field, f.value, f.suggestion, f.message].join('\u0001').toLowerCase();
      if (hay.indexOf(q) < 0) return false;
    }
    return true;
  });
  applySort();
  F.pager.page = 0;
  F.pager.go(0);
}

function sortValue(f, key) {
  if (key === 'severity') return SEVERITY_RANK[f.severity];
  var v = f[key];
  return v == null ? '' : v;
}
function applySort() {
  if (!F.sortKey) return;
  var key = F.sortKey, dir = F.sortDir;
  F.filtered.sort(function (a, b) {
    var x = sortValue(a, key), y = sortValue(b, key);
    if (x === '' && y !== '') return 1;
    if (y === '' && x !== '') return -1;
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * dir;
    return String(x).localeCompare(String(y)) * dir;
  });
}
function sortFindings(key) {
  F.sortDir = F.sortKey === key ? -F.sortDir : 1;
  F.sortKey = key;
  Array.prototype.forEach.call(document.querySelectorAll('#findings-table th[data-key]'), function (th) {
    th.setAttribute('aria-sort', th.getAttribute('data-key') === key ? (F.sortDir > 0 ? 'ascending' : 'descending') : 'none');
  });
  applySort();
  F.pager.go(0);
}

function drawFindingRows(from, to) {
  var body = byId('findings-body');
  clear(body);
  var fragment = document.createDocumentFragment();
  F.filtered.slice(from, to).forEach(function (f) {
    fragment.appendChild(h('tr', { cls: 'sev-row-' + f.severity, attrs: { 'data-finding-id': f.id } },
      h('td', { cls: 'num', text: f.customer_id == null ? '\u2014' : String(f.customer_id) }),
      h('td', { cls: 'sev-cell' }, h('span', { cls: 'badge sev-' + f.severity, text: f.severity })),
      h('td', { cls: 'rule' }, f.rule, NEW_FINDINGS[f.id] ? h('span', { cls: 'badge new', text: 'new' }) : null),
      h('td', { text: shown(f.field) }),
      h('td', { cls: 'v', text: shown(f.value) }),
      h('td', { cls: 'v fix', text: f.suggestion == null ? '' : '\u2192 ' + shown(f.suggestion) }),
      h('td', { cls: 'msg', text: shown(f.message) })));
  });
  body.appendChild(fragment);
  var total = F.rows.length, n = F.filtered.length;
  byId('f-count').textContent = n === 0 ? 'No findings match.' :
    'Showing ' + fmt(from + 1) + '\u2013' + fmt(to) + ' of ' + fmt(n) + (n !== total ? ' (filtered from ' + fmt(total) + ')' : '');
  byId('f-count').setAttribute('data-matching', String(n));
}
