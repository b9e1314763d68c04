import ArgumentParser
import Foundation

/// Entry point. Every error reaches the user in one voice (`Console.error`), and a usage error
/// exits with the contract's 2 (ArgumentParser's own would be 64).
@main
enum Main {
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let problem = CommandSuggestion.problem(in: arguments) {
            Console.shared.error(problem)
            exit(AuditExitCode.invalidConfiguration.rawValue)
        }
        do {
            var command = try CustomerAudit.parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            fail(error)
        }
    }

    static func fail(_ error: Error) -> Never {
        let code = CustomerAudit.exitCode(for: error)
        // Help, --version and the exit codes the commands chose: ArgumentParser prints what they need.
        if error is ExitCode || code == .success { CustomerAudit.exit(withError: error) }
        let message = CustomerAudit.fullMessage(for: error)
        Console.shared.error(message.hasPrefix("Error: ") ? String(message.dropFirst("Error: ".count)) : message)
        exit(code == .validationFailure ? AuditExitCode.invalidConfiguration.rawValue : code.rawValue)
    }
}
