/// One member's value of one field, read once and used for the survivor and the plan.
struct MergeCandidate: Sendable {
    /// Position of the member in the cluster.
    var member: Int
    /// The value as written.
    var value: String
    /// Values with the same key are the same thing written differently.
    var key: String
    var valid: Bool
}

/// Which of the members' values the merged record keeps, and why.
///
/// Valid values first; among different valid values what most members write, then what the
/// other fields agree on, then the more complete value, and only then the most recent record:
/// a recent typo must not beat a name that the e-mail and the company name spell. Different
/// valid values are a conflict for the reviewer whatever is suggested.
struct ValueChoice: Sendable {
    var candidate: MergeCandidate
    /// `survivor`, `most_complete` (the survivor has none), `valid`, `majority`, `agreement`,
    /// `more_complete`, `most_recent`.
    var reason: String
    /// One value per distinct key when valid values disagree, nil otherwise.
    var conflict: [String]?

    /// - Parameters:
    ///   - survivor: position of the surviving member.
    ///   - newer: whether member `a` was registered after member `b`.
    ///   - agreement: how many other fields of the cluster speak for a candidate.
    static func choose(_ candidates: [MergeCandidate], survivor: Int, newer: (Int, Int) -> Bool,
                       agreement: (MergeCandidate) -> Int = { _ in 0 }) -> ValueChoice? {
        guard let first = candidates.first else { return nil }
        if candidates.allSatisfy({ $0.key == first.key }) {
            if let own = candidates.first(where: { $0.member == survivor }) { return ValueChoice(candidate: own, reason: "survivor") }
            return ValueChoice(candidate: first, reason: "most_complete")
        }
        let valid = candidates.filter(\.valid)
        let pool = valid.isEmpty ? candidates : valid
        if let head = pool.first, pool.allSatisfy({ $0.key == head.key }) {
            return ValueChoice(candidate: pool.first { $0.member == survivor } ?? head, reason: "valid")
        }

        var options: [Option] = []
        for candidate in pool {
            if let index = options.firstIndex(where: { $0.key == candidate.key }) {
                options[index].add(candidate, newer: newer)
            } else {
                options.append(Option(candidate))
            }
        }
        for index in options.indices { options[index].agreement = options[index].candidates.map(agreement).max() ?? 0 }
        // The first criterion on which two options differ decides between them, and names the reason.
        func decide(_ a: Option, _ b: Option) -> (reason: String, aFirst: Bool)? {
            if a.members.count != b.members.count { return ("majority", a.members.count > b.members.count) }
            if a.agreement != b.agreement { return ("agreement", a.agreement > b.agreement) }
            if a.length != b.length { return ("more_complete", a.length > b.length) }
            if a.newest != b.newest { return ("most_recent", newer(a.newest, b.newest)) }
            return nil
        }
        let ranked = options.sorted { a, b in decide(a, b)?.aFirst ?? (a.key < b.key) }
        let winner = ranked[0]
        let reason = decide(winner, ranked[1])?.reason ?? "most_recent"
        let source = winner.candidates.first { $0.member == survivor }
            ?? winner.candidates.first { $0.member == winner.newest } ?? winner.candidates[0]
        return ValueChoice(candidate: source, reason: reason, conflict: options.map { $0.candidates[0].value }.sorted())
    }

    /// The candidates that share one key.
    private struct Option {
        var key: String
        var candidates: [MergeCandidate]
        var members: Set<Int>
        var newest: Int
        var agreement = 0
        var length: Int

        init(_ candidate: MergeCandidate) {
            key = candidate.key
            candidates = [candidate]
            members = [candidate.member]
            newest = candidate.member
            length = candidate.value.count
        }

        mutating func add(_ candidate: MergeCandidate, newer: (Int, Int) -> Bool) {
            candidates.append(candidate)
            members.insert(candidate.member)
            if newer(candidate.member, newest) { newest = candidate.member }
            length = max(length, candidate.value.count)
        }
    }
}
