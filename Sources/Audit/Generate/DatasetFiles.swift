import CustomerGenerator
import Foundation
import Reporting

/// `generate`: a seeded data set written to a file (or standard output) and its ground truth to
/// another. Files are written under an exclusive temporary name and renamed when complete, so a
/// killed run leaves no half data set under the name asked for (and they hold customer data:
/// owner-only).
public enum DatasetFiles {
    /// `out` nil or `-` writes to standard output; `progress` hears how far the writing is, as a line.
    @discardableResult
    public static func write(_ configuration: GeneratorConfiguration, out: String?, truth: String?, jsonLines: Bool,
                             progress: (String) -> Void = { _ in }) throws -> GroundTruth {
        let file = try out.flatMap { $0 == "-" ? nil : try create($0) }
        let truthFile = try truth.map(create)
        do {
            let writer = DatasetWriter(output: file?.fileHandle ?? FileHandle.standardOutput, format: jsonLines ? .jsonLines : .jsonArray)
            let start = Date(), total = configuration.customers
            var written = 0
            let groundTruth = try DutchCustomerGenerator.stream(configuration) { block in
                try writer.write(block)
                written += block.count
                let rate = Int(Double(written) / max(Date().timeIntervalSince(start), 0.001))
                progress("generating: \(written)/\(total) customers (\(total > 0 ? written * 100 / total : 100) %), \(rate)/s")
            }
            try writer.finish()
            try truthFile?.write(try groundTruth.jsonData())
            try file?.publish()
            try truthFile?.publish()
            return groundTruth
        } catch {
            file?.discard()
            truthFile?.discard()
            throw UsageError(description: "cannot write the generated data: \(error)")
        }
    }

    /// An output file, refused with the reason when it cannot be created (exit 2).
    private static func create(_ path: String) throws -> PrivateFile {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else {
            throw UsageError(description: "cannot write \(path): the folder \(folder.path) does not exist")
        }
        guard isDirectory.boolValue else {
            throw UsageError(description: "cannot write \(path): \(folder.path) is not a folder")
        }
        do {
            return try PrivateFile(URL(fileURLWithPath: path))
        } catch let error as ReportWriteError {
            throw UsageError(description: "cannot write \(path): \(error.problem)")
        }
    }
}
