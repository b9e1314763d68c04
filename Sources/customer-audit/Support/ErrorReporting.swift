import ArgumentParser
import AuditSupport
import CustomerModel
import CycleSoftwareAPI
import Foundation
import Snapshot

/// Runs a command body and turns the errors people can meet into a one-line message and the
/// contract's exit code. No stack traces; messages never carry credentials (the error types
/// themselves redact, and nothing here adds request details).
func withContractExitCodes(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let exit as ExitCode {
        throw exit
    } catch let error as ValidationError {
        throw error
    } catch let error as ConfigurationError {
        Console.shared.error(error.description)
        throw AuditExitCode.invalidConfiguration
    } catch let error as APIError {
        Console.shared.error(error.description)
        throw AuditExitCode.apiUnusable
    } catch let error as CustomerInputError {
        Console.shared.error(error.description)
        throw AuditExitCode.unreadableInput
    } catch let error as InputError {
        Console.shared.error(error.description)
        throw AuditExitCode.unreadableInput
    } catch let error as SnapshotError {
        Console.shared.error(String(describing: error))
        throw AuditExitCode.unreadableInput
    } catch let error as OutputError {
        Console.shared.error(error.description)
        throw AuditExitCode.invalidConfiguration
    } catch {
        Console.shared.error(String(describing: error))
        throw AuditExitCode.unreadableInput
    }
}

/// An input file that cannot be read (exit 4).
struct InputError: Error, CustomStringConvertible {
    var description: String
}

/// The report folder cannot be written (a usage problem: exit 2).
struct OutputError: Error, CustomStringConvertible {
    var description: String
}
