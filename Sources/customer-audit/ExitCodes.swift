import ArgumentParser

/// The contract's exit codes (CONTRACT.md, "Exit codes").
enum AuditExitCode {
    /// `gate`: a threshold failed (the report is still written).
    static let gateFailed = ExitCode(1)
    /// Usage error, or an invalid rules / decisions / config file.
    static let invalidConfiguration = ExitCode(2)
    /// The API could not be used.
    static let apiUnusable = ExitCode(3)
    /// The input file or store is unreadable or not customer data.
    static let unreadableInput = ExitCode(4)
}
