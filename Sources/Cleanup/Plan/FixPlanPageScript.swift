/// The plan page's only script: the filter by kind and customer id. It hides and shows the
/// rendered customer groups (one pass over them per change of a control, no per-row handlers) and
/// never writes markup; without it the page shows everything, which is also what it prints.
enum FixPlanPageScript {
    static let source = #"""
(function () {
'use strict';
var kind = document.getElementById('plan-kind');
var customer = document.getElementById('plan-customer');
var count = document.getElementById('plan-count');
var sections = Array.prototype.slice.call(document.querySelectorAll('section.plan-kind'));
function apply() {
  var wanted = kind.value, id = customer.value.trim();
  var changes = 0, customers = {};
  sections.forEach(function (section) {
    var inKind = !wanted || section.getAttribute('data-kind') === wanted;
    var groups = section.querySelectorAll('div.plan-group');
    var any = false;
    for (var i = 0; i < groups.length; i++) {
      var group = groups[i], cid = group.getAttribute('data-customer');
      var shown = inKind && (!id || cid.indexOf(id) === 0);
      group.hidden = !shown;
      if (shown) { any = true; changes += Number(group.getAttribute('data-changes')); customers[cid] = true; }
    }
    section.hidden = !inKind || (id !== '' && !any);
  });
  count.textContent = wanted || id
    ? 'showing ' + changes + ' changes to ' + Object.keys(customers).length + ' customers'
    : '';
}
kind.addEventListener('change', apply);
// A pass over a large plan takes a moment: wait until typing pauses.
var pending = null;
customer.addEventListener('input', function () {
  clearTimeout(pending);
  pending = setTimeout(apply, 150);
});
document.getElementById('plan-controls').hidden = false;
document.body.setAttribute('data-ready', 'true');
})();
"""#
}
