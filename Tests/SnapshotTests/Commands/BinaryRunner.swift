import TestSupport

/// The built binary, run as a user would.
typealias BinaryRunner = CustomerAuditBinary
