import Reporting

/// The plan as a page a reviewer reads before `fix apply --yes`: the totals, then the changes
/// grouped by kind and, within a kind, by customer (with the cluster and survivor of a merge), each
/// change as field, before, after and reason. `fix plan` writes it beside the plan file.
///
/// Rendered here, not in the browser: the page works without its script (which only filters), and
/// stays light for tens of thousands of changes (plain rows, no per-row script, a block per customer
/// that the browser lays out only near the screen). Every value is customer data and goes through
/// `HTMLText.escape` (values and reasons through `FixPlanValueMarkup`, which also marks what cannot
/// be seen); the report's Content-Security-Policy and style sheet come from `HTMLPageHead`.
public enum FixPlanPage {
    /// The page's text. `planFile` (the plan's file name) only appears in the hint on how to apply it.
    public static func render(_ plan: FixPlan, planFile: String = "plan.json") -> String {
        let script = FixPlanPageScript.source
        let context = MergeContext(plan)
        let body = header(plan, planFile: planFile) + "<main>\n" + cards(plan) + controls
            + FieldChange.Kind.allCases.map { section($0, plan: plan, context: context) }.joined() + "</main>\n"
        let nonce = HTMLPageHead.nonce(over: [Array(body.utf8), Array(script.utf8)])
        return HTMLPageHead.html(title: "Fix plan \(plan.id)", nonce: nonce) + body
            + "<script nonce=\"\(nonce)\">\n\(script)</script>\n</body>\n</html>\n"
    }

    /// Where the page goes: the plan's path with its extension replaced by `.html` (`plan.json` →
    /// `plan.html`, `plan` → `plan.html`); nil when that is the plan itself or names no file.
    public static func path(besidePlan plan: String) -> String? {
        let name = plan.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard !name.isEmpty, name != ".", name != ".." else { return nil }
        let stem = name.lastIndex(of: ".").flatMap { $0 > name.startIndex ? name[..<$0] : nil } ?? name
        let page = String(plan.dropLast(name.count)) + String(stem) + ".html"
        return page == plan ? nil : page
    }

    static let kindTitles: [FieldChange.Kind: String] = [
        .normalization: "Normalizations", .merge: "Merged values", .duplicateMarker: "Duplicate markers",
    ]
    static let kindNotes: [FieldChange.Kind: String] = [
        .normalization: "Suggestions of the quality rules marked safe to apply.",
        .merge: "The survivor of each merged cluster takes the merged record's values.",
        .duplicateMarker: "The other members of each merged cluster get the duplicate marker (the API can neither delete nor merge).",
    ]

    static func header(_ plan: FixPlan, planFile: String) -> String {
        let file = HTMLText.escape(planFile)
        return """
        <header class="top">
        <h1>Fix plan</h1>
        <p id="meta">plan <span class="v">\(HTMLText.escape(plan.id))</span> · created \(HTMLText.escape(plan.createdAt))</p>
        <p class="plan-totals">\(HTMLText.escape(FixPlanText.totals(plan)))</p>
        <p class="note">Nothing has been written yet. <code>customer-audit fix apply \(file)</code> shows what would be \
        written; with <code>--yes</code> it writes, skipping any customer whose planned fields changed since the plan.</p>
        </header>

        """
    }

    static func cards(_ plan: FixPlan) -> String {
        var out = "<div class=\"cards\">\n"
        for kind in FieldChange.Kind.allCases {
            let groups = customers(of: kind, in: plan)
            let changes = groups.reduce(0) { $0 + $1.changes.count }
            out += "<a class=\"card plan-card\" href=\"#kind-\(kind.rawValue)\"><span class=\"num\">\(changes)</span>"
                + "<span class=\"lbl\">\(FixPlanText.kindNames[kind]!)</span>"
                + "<span class=\"delta\">\(groups.count) customers</span></a>\n"
        }
        return out + "</div>\n"
    }

    static let controls = """
    <div class="controls" id="plan-controls" hidden>
    <label>Kind <select id="plan-kind"><option value="">All</option>\
    \(FieldChange.Kind.allCases.map { "<option value=\"\($0.rawValue)\">\(kindTitles[$0]!)</option>" }.joined())</select></label>
    <label>Customer id <input id="plan-customer" type="search" inputmode="numeric" placeholder="e.g. 1042"></label>
    </div>
    <p id="plan-count" class="count-line" aria-live="polite"></p>

    """

    /// One kind's changes: the column heads once, then a block per customer (its heading and a
    /// small table). Separate blocks let the browser skip the layout of those off screen
    /// (`content-visibility` in report.css), which keeps a plan of tens of thousands of changes
    /// quick to open, scroll and filter; the fixed column widths line the tables up.
    static func section(_ kind: FieldChange.Kind, plan: FixPlan, context: MergeContext) -> String {
        let groups = customers(of: kind, in: plan)
        let changes = groups.reduce(0) { $0 + $1.changes.count }
        var out = "<section class=\"plan-kind\" id=\"kind-\(kind.rawValue)\" data-kind=\"\(kind.rawValue)\">\n"
            + "<h2>\(kindTitles[kind]!) <span class=\"count\">\(changes) changes to \(groups.count) customers</span></h2>\n"
            + "<p class=\"note\">\(kindNotes[kind]!)</p>\n"
        guard !groups.isEmpty else { return out + "<p class=\"empty\">None planned.</p>\n</section>\n" }
        out += "<table class=\"data plan-table plan-head\"><thead><tr><th>field</th><th>before</th><th>after</th><th>reason</th></tr></thead></table>\n"
        for group in groups {
            out += "<div class=\"plan-group\" id=\"\(kind.rawValue)-\(group.customerID)\" data-customer=\"\(group.customerID)\" data-changes=\"\(group.changes.count)\">\n"
                + "<h3 class=\"plan-customer\">customer \(group.customerID)\(context.heading(group, kind: kind))</h3>\n"
                + "<table class=\"data plan-table\">\n"
            for change in group.changes {
                out += "<tr><td><span class=\"v\">\(FixPlanValueMarkup.text(change.field))</span></td>"
                    + "<td class=\"plan-before\">\(FixPlanValueMarkup.html(change.before))</td>"
                    + "<td class=\"plan-after\">\(FixPlanValueMarkup.html(change.after))</td>"
                    + "<td class=\"msg\">\(FixPlanValueMarkup.text(change.reason))</td></tr>\n"
            }
            out += "</table>\n</div>\n"
        }
        return out + "</section>\n"
    }

    /// Each customer's changes of `kind`, customers in the plan's order (by id).
    static func customers(of kind: FieldChange.Kind, in plan: FixPlan) -> [CustomerChanges] {
        plan.customers.compactMap { customer in
            let changes = customer.changes.filter { $0.kind == kind }
            return changes.isEmpty ? nil : CustomerChanges(customerID: customer.customerID, changes: changes)
        }
    }
}

/// What heads a customer's rows in the merge sections: the cluster, why it is merged, and links
/// between a survivor and the members marked as its duplicates. Read from the reasons (`MergeReason`).
struct MergeContext {
    /// Per survivor, the members marked as its duplicates, in id order.
    private var marked: [Int: [Int]] = [:]
    private var survivors = Set<Int>()

    init(_ plan: FixPlan) {
        for customer in plan.customers {
            for change in customer.changes {
                switch MergeReason(parsing: change.reason)?.role {
                case .duplicate(let survivorID): marked[survivorID, default: []].append(customer.customerID)
                case .survivor: survivors.insert(customer.customerID)
                case nil: break
                }
            }
        }
    }

    func heading(_ group: CustomerChanges, kind: FieldChange.Kind) -> String {
        guard kind != .normalization, let reason = group.changes.lazy.compactMap({ MergeReason(parsing: $0.reason) }).first else { return "" }
        let cluster = "cluster <span class=\"v\">\(HTMLText.escape(reason.clusterID))</span>, \(HTMLText.escape(reason.why))"
        switch reason.role {
        case .survivor:
            let members = (marked[group.customerID] ?? []).map { link(FieldChange.Kind.duplicateMarker, $0) }.joined(separator: ", ")
            return "<span class=\"plan-context\">survivor of \(cluster)\(members.isEmpty ? "" : "; marks \(members) as its duplicates")</span>"
        case .duplicate(let survivorID):
            let survivor = survivors.contains(survivorID) ? link(.merge, survivorID) : "customer \(survivorID)"
            return "<span class=\"plan-context\">duplicate of \(survivor) in \(cluster)</span>"
        }
    }

    private func link(_ kind: FieldChange.Kind, _ id: Int) -> String {
        "<a href=\"#\(kind.rawValue)-\(id)\">customer \(id)</a>"
    }
}
