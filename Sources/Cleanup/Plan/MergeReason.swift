/// The reason text of a merge's changes: written by `ClusterMerges` into the plan, read back by the
/// plan's page to head each customer with its cluster and survivor. One home for the wording, so
/// the two cannot drift apart.
struct MergeReason: Equatable {
    enum Role: Equatable {
        /// The customer that takes the merged record; `detail` says where the value came from.
        case survivor(detail: String)
        /// A member that gets the duplicate marker pointing at `survivorID`.
        case duplicate(survivorID: Int)
    }

    var clusterID: String
    /// "confirmed by a reviewer" or "band certain".
    var why: String
    var role: Role

    var text: String {
        switch role {
        case .survivor(let detail): "merge of cluster \(clusterID), \(why): \(detail)"
        case .duplicate(let survivorID): "duplicate of customer \(survivorID) in cluster \(clusterID), \(why)"
        }
    }

    init(clusterID: String, why: String, role: Role) {
        self.clusterID = clusterID
        self.why = why
        self.role = role
    }

    /// Reads `text` back; nil for any other reason (a normalization's, a hand-edited one).
    /// `why` never holds ", " or ": " (see `ClusterMerges`), so the first such separator ends it.
    init?(parsing text: String) {
        if let rest = text.strip(prefix: "merge of cluster "),
           let (cluster, afterCluster) = rest.split(once: ", "),
           let (why, detail) = afterCluster.split(once: ": ") {
            self.init(clusterID: String(cluster), why: String(why), role: .survivor(detail: String(detail)))
        } else if let rest = text.strip(prefix: "duplicate of customer "),
                  let (survivor, afterSurvivor) = rest.split(once: " in cluster "),
                  let survivorID = Int(survivor),
                  let (cluster, why) = afterSurvivor.split(once: ", ") {
            self.init(clusterID: String(cluster), why: String(why), role: .duplicate(survivorID: survivorID))
        } else {
            return nil
        }
        guard self.text == text else { return nil }
    }
}

private extension String {
    func strip(prefix: String) -> Substring? {
        hasPrefix(prefix) ? dropFirst(prefix.count) : nil
    }
}

private extension Substring {
    func split(once separator: String) -> (Substring, Substring)? {
        guard let range = range(of: separator) else { return nil }
        return (self[..<range.lowerBound], self[range.upperBound...])
    }
}
