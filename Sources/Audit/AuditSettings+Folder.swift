import Foundation

extension AuditSettings {
    /// The settings of a rules folder given by path: nil means `./rules` when there is one, else the
    /// built-in defaults (which equal the shipped files).
    public static func load(rulesFolder: String?, decisions: String? = nil, model: String? = nil) throws -> AuditSettings {
        let folder = rulesFolder ?? (isFolder("rules") ? "rules" : nil)
        return try load(rulesDirectory: folder.map { URL(fileURLWithPath: $0, isDirectory: true) },
                        decisionsFile: decisions.map { URL(fileURLWithPath: $0) },
                        modelFile: model.map { URL(fileURLWithPath: $0) })
    }

    public static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
