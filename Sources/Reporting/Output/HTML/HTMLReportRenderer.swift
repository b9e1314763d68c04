import CustomerModel
import Foundation

/// report.html: one self-contained page (inline CSS and script, no network) that renders the
/// report's JSON lazily in the browser.
///
/// The data travels as JSON inside `<script type="application/json">` with `<`, `>` and `&`
/// escaped (see `ReportJSON.htmlEmbeddable`); the page's only markup is the fixed skeleton
/// below, and the script puts every value on the page as text. A Content-Security-Policy
/// forbids network access and any script without this page's nonce, as a second line of defence.
public enum HTMLReportRenderer {
    public static func render(_ report: Report, maskedPII: Bool = false) throws -> String {
        var page: [UInt8] = []
        try write(report, json: try EncodedJSON(report), maskedPII: maskedPII) { page.append(contentsOf: $0) }
        return String(decoding: page, as: UTF8.self)
    }

    /// The page in pieces: the head, the report's data (HTML-safe, a megabyte at a time), the script.
    static func write(_ report: Report, json: EncodedJSON, maskedPII: Bool, emit: ([UInt8]) throws -> Void) throws {
        let script = HTMLScript.source
        let nonce = Self.nonce(json, script: script)
        let fieldOrder = "[" + CustomerField.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ",") + "]"
        let title = "Customer audit \(ReportDate.string(report.generatedAt))"
        var head = HTMLPageHead.html(title: title, nonce: nonce)
        head += skeleton(maskedPII: maskedPII)
        head += "<script type=\"application/json\" id=\"report-data\">"
        try emit(Array(head.utf8))
        try ReportJSON.htmlEmbeddablePieces(compactJSON: json.compact, emit: emit)
        let tail = "</script>\n"
            + "<script type=\"application/json\" id=\"field-order\">\(fieldOrder)</script>\n"
            + "<script nonce=\"\(nonce)\">\n\(script)\n</script>\n</body>\n</html>\n"
        try emit(Array(tail.utf8))
    }

    /// The fixed page structure the script fills; holds no report data.
    static func skeleton(maskedPII: Bool) -> String {
        let masked = maskedPII ? "<p class=\"masked\">Personal data is masked in this report (e-mail, phone, house number).</p>\n" : ""
        return """
        <header class="top">
        <h1>Customer audit</h1>
        <p id="meta"></p>
        <div id="gate-badge"></div>
        \(masked)</header>
        <nav id="tabs" aria-label="Report sections">
        <button type="button" data-tab="overview">Overview</button>
        <button type="button" data-tab="findings">Findings <span id="tab-findings-count" class="count"></span></button>
        <button type="button" data-tab="clusters">Duplicates <span id="tab-clusters-count" class="count"></span></button>
        </nav>
        <noscript><p>This report needs JavaScript to show its data; report.json beside it holds the same.</p></noscript>
        <main>
        <section id="overview" aria-label="Overview">
        <div id="cards" class="cards"></div>
        <div class="grid">
        <figure><figcaption>Findings by rule and severity</figcaption><div id="chart-rules"></div></figure>
        <figure><figcaption>Duplicate clusters by band</figcaption><div id="chart-bands"></div></figure>
        <figure><figcaption>Pair scores and band thresholds</figcaption><div id="chart-histogram"></div></figure>
        <figure><figcaption>Changes since the previous run</figcaption><div id="changes"></div></figure>
        <figure><figcaption>Trend of recent runs</figcaption><div id="trend"></div></figure>
        <figure><figcaption>Gate</figcaption><div id="gate"></div></figure>
        </div>
        </section>
        <section id="findings" aria-label="Findings">
        <h2>Findings</h2>
        <div class="controls">
        <label>Rule <select id="f-rule"></select></label>
        <label>Severity <select id="f-severity"></select></label>
        <label>Field <select id="f-field"></select></label>
        <label>Search <input id="f-search" type="search" placeholder="customer, value, message…"></label>
        <label id="f-new-label"><input id="f-new" type="checkbox"> only new since previous run</label>
        </div>
        <p id="f-count" class="count-line" aria-live="polite"></p>
        <table id="findings-table" class="data">
        <thead><tr>
        <th data-key="customer_id" aria-sort="none">customer</th><th data-key="severity" aria-sort="none">severity</th>
        <th data-key="rule" aria-sort="none">rule</th><th data-key="field" aria-sort="none">field</th>
        <th data-key="value" aria-sort="none">value</th><th data-key="suggestion" aria-sort="none">suggested fix</th>
        <th data-key="message" aria-sort="none">message</th>
        </tr></thead>
        <tbody id="findings-body"></tbody>
        </table>
        <div id="f-pager" class="pager"></div>
        </section>
        <section id="clusters" aria-label="Duplicate clusters">
        <h2>Duplicates</h2>
        <div class="controls">
        <label>Band <select id="c-band"></select></label>
        <label>Review <select id="c-review"><option value="">All</option><option value="undecided">Not reviewed</option><option value="same">Same</option><option value="distinct">Distinct</option><option value="skip">Skipped</option></select></label>
        <label>Search <input id="c-search" type="search" placeholder="cluster, customer id, name…"></label>
        <label>Your name <input id="reviewer" type="text" autocomplete="name"></label>
        <button type="button" id="export">Export decisions</button>
        </div>
        <p id="c-count" class="count-line" aria-live="polite"></p>
        <div id="cluster-list"></div>
        <div id="c-pager" class="pager"></div>
        </section>
        </main>

        """
    }

    /// A nonce derived from the page content (FNV-1a, 64 bit): stable for the same report, and
    /// not guessable by whoever wrote a customer record without knowing the whole report.
    static func nonce(_ json: EncodedJSON, script: String) -> String {
        // Over the data as spelled, not as escaped: the escaping is fixed, and a second pass over
        // hundreds of megabytes would buy nothing.
        HTMLPageHead.nonce(over: [json.compact, Array(script.utf8)])
    }
}
