// Data arrives as JSON in a non-executed data block (type application/json) and every value
// reaches the page through textContent or createTextNode, never parsed as markup: customer data
// is hostile input and must show as text.
var R = JSON.parse(document.getElementById('report-data').textContent);
var SEVERITIES = ['error', 'warning', 'info'];
var BANDS = ['certain', 'likely', 'possible'];
var SVGNS = 'http://www.w3.org/2000/svg';
var FIELD_ORDER = JSON.parse(document.getElementById('field-order').textContent);

function h(tag, props) {
  var node = document.createElement(tag);
  props = props || {};
  if (props.cls) node.className = props.cls;
  if (props.text != null) node.textContent = props.text;
  if (props.title != null) node.title = props.title;
  if (props.attrs) Object.keys(props.attrs).forEach(function (k) { node.setAttribute(k, props.attrs[k]); });
  if (props.on) Object.keys(props.on).forEach(function (k) { node.addEventListener(k, props.on[k]); });
  for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
  return node;
}
function append(node, child) {
  if (child == null || child === false) return;
  if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
  node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
}
function s(tag, attrs, text) {
  var node = document.createElementNS(SVGNS, tag);
  Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
  if (text != null) node.textContent = text;
  return node;
}
function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
function byId(id) { return document.getElementById(id); }

// Invisible and direction-changing characters would let a value hide or reorder what a reviewer
// reads; they are shown as visible code points instead (not the joiners emoji and scripts need).
var HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
function shown(value) {
  if (value == null || value === '') return '\u2014';
  return String(value).replace(HIDDEN, function (c) {
    return '\u27E6U+' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') + '\u27E7';
  });
}
function fmt(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
function pct(x) { return (x * 100).toFixed(1) + '%'; }
function signed(x) { return (x >= 0 ? '+' : '\u2212') + Math.abs(x).toFixed(2); }
function fieldRank(f) { var i = FIELD_ORDER.indexOf(f); return i < 0 ? FIELD_ORDER.length : i; }
function byFieldOrder(a, b) { return fieldRank(a) - fieldRank(b) || (a < b ? -1 : a > b ? 1 : 0); }
function unique(list) { var seen = {}; return list.filter(function (x) { if (seen[x]) return false; seen[x] = true; return true; }); }
function debounce(fn, ms) { var t; return function () { clearTimeout(t); t = setTimeout(fn, ms); }; }

// A pager shows one slice of a list so that 50,000 findings never become 50,000 DOM rows.
function Pager(container, pageSize, count, onChange) {
  var self = this;
  this.page = 0; this.pageSize = pageSize;
  this.prev = h('button', { text: '\u2190 Previous', attrs: { type: 'button' }, on: { click: function () { self.go(self.page - 1); } } });
  this.next = h('button', { text: 'Next \u2192', attrs: { type: 'button' }, on: { click: function () { self.go(self.page + 1); } } });
  this.label = h('span', { cls: 'pager-label' });
  append(container, [this.prev, this.label, this.next]);
  this.go = function (page) {
    var total = count(), last = Math.max(0, Math.ceil(total / pageSize) - 1);
    self.page = Math.min(Math.max(0, page), last);
    onChange(self.page * pageSize, Math.min(total, (self.page + 1) * pageSize));
    self.update(total);
  };
  this.update = function (total) {
    var last = Math.max(0, Math.ceil(total / pageSize) - 1);
    self.prev.disabled = self.page <= 0;
    self.next.disabled = self.page >= last;
    self.label.textContent = 'page ' + (self.page + 1) + ' of ' + (last + 1);
  };
}

// Each tab has a link (#overview, #findings, #duplicates) and each cluster one (#cluster-c-8), so
// a reviewer can send a colleague straight to what needs a second look.
var TAB_FRAGMENTS = { overview: 'overview', findings: 'findings', clusters: 'duplicates' };

// `fromLink`: the address already names what is shown; leave it alone.
function showTab(name, fromLink) {
  Array.prototype.forEach.call(document.querySelectorAll('nav#tabs button'), function (b) {
    b.setAttribute('aria-selected', String(b.getAttribute('data-tab') === name));
  });
  ['overview', 'findings', 'clusters'].forEach(function (id) { byId(id).hidden = id !== name; });
  if (fromLink) return;
  try { history.replaceState(null, '', '#' + TAB_FRAGMENTS[name]); } catch (e) { /* a page without history: no link */ }
}

function openFragment() {
  var fragment = decodeURIComponent((window.location.hash || '').slice(1));
  if (fragment.indexOf('cluster-') === 0 && openCluster(fragment.slice('cluster-'.length))) return;
  var tab = Object.keys(TAB_FRAGMENTS).filter(function (k) { return TAB_FRAGMENTS[k] === fragment || k === fragment; })[0];
  showTab(tab || 'overview', true);
}
