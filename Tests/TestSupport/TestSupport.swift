import Foundation

/// Helpers shared by the test targets.
public enum TestSupport {
    /// The repository root (the folder holding Package.swift), found from this file's location.
    public static var packageRoot: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }
}
