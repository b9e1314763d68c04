/// The report page's script: the parts written in Page/ (see Page/README.md), joined into one
/// strict-mode scope.
enum HTMLScript {
    static var source: String {
        (["(function () {", "'use strict';"] + PageAssets.scriptParts.map(\.text) + ["})();"]).joined(separator: "\n")
    }
}
