import ArgumentParser
import Audit
import Foundation

/// Entry point. Every error reaches the user in one voice (`Console.error`); the exit code of an
/// error a command throws is `ExitStatus.for`'s, and a usage error exits with the contract's 2
/// (ArgumentParser's own would be 64). No stack traces; messages never carry credentials (the error
/// types themselves redact, and nothing here adds request details).
@main
enum Main {
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let problem = CommandSuggestion.problem(in: arguments) {
            Console.shared.error(problem)
            exit(ExitStatus.usage.rawValue)
        }
        let command: ParsableCommand
        do { command = try CustomerAudit.parseAsRoot(arguments) } catch { failUsage(error) }
        do {
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                var command = command
                try command.run()
            }
        } catch let error as ExitCode {
            exit(error.rawValue)
        } catch let error where error is ValidationError || error is CleanExit
                                || CustomerAudit.exitCode(for: error) == .success {
            // `--help` parses into ArgumentParser's help command, whose run throws the help request.
            failUsage(error)
        } catch {
            Console.shared.error(String(describing: error))
            exit(ExitStatus.for(error).rawValue)
        }
    }

    /// The parser's own errors, help and --version, and a command's `ValidationError`.
    static func failUsage(_ error: Error) -> Never {
        let code = CustomerAudit.exitCode(for: error)
        if code == .success { CustomerAudit.exit(withError: error) }
        let message = CustomerAudit.fullMessage(for: error)
        Console.shared.error(message.hasPrefix("Error: ") ? String(message.dropFirst("Error: ".count)) : message)
        exit(code == .validationFailure ? ExitStatus.usage.rawValue : code.rawValue)
    }
}
