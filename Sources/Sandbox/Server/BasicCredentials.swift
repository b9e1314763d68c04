import Foundation

/// The one user the sandbox accepts, checked against an `Authorization: Basic …` header.
struct BasicCredentials: Sendable {
    private let expected: [UInt8]

    init(username: String, password: String) {
        expected = Array("\(username):\(password)".utf8)
    }

    /// Whether `header` carries exactly these credentials.
    func accepts(_ header: String?) -> Bool {
        guard let header else { return false }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].caseInsensitiveCompare("Basic") == .orderedSame,
              let decoded = Data(base64Encoded: String(parts[1]).trimmingCharacters(in: .whitespaces)) else { return false }
        let given = Array(decoded)
        // Compare every byte so the time taken does not tell how much of a guess was right.
        var difference = given.count == expected.count ? 0 : 1
        for index in 0..<max(given.count, expected.count) {
            let left = index < given.count ? given[index] : 0
            let right = index < expected.count ? expected[index] : 0
            difference |= Int(left ^ right)
        }
        return difference == 0
    }
}
