import ArgumentParser
import Foundation

/// Entry point. ArgumentParser exits with 64 on a usage error; the contract says 2.
@main
enum Main {
    static func main() async {
        do {
            var command = try CustomerAudit.parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if CustomerAudit.exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((CustomerAudit.fullMessage(for: error) + "\n").utf8))
                exit(AuditExitCode.invalidConfiguration.rawValue)
            }
            CustomerAudit.exit(withError: error)
        }
    }
}
