import Audit
import Foundation
import Reporting

/// Writes one of `fix plan`'s files (the plan, its page): readable by its owner only from the first
/// byte and replaced in one step (`PrivateFile`), since both hold customer data.
enum PlanOutputFile {
    /// `what` names the file in the error ("the plan", "the plan page").
    static func write(_ text: String, to url: URL, what: String) throws {
        do {
            let file = try PrivateFile(url)
            do {
                try file.write(text)
                try file.publish()
            } catch {
                file.discard()
                throw error
            }
        } catch {
            // A file that cannot be written is the user's --out to fix: a usage error (exit 2).
            throw UsageError(description: "cannot write \(what) \(url.path): \(error)")
        }
    }
}
