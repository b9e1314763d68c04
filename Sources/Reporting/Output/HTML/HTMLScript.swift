/// The report page's script, kept in parts by concern and joined into one strict-mode scope.
enum HTMLScript {
    static var source: String {
        ["(function () {", "'use strict';", core, overview, changes, findings, clusters, review, "})();"].joined(separator: "\n")
    }
}
