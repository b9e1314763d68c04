extension PIIMasker {
    /// The report with every personal value masked; counts, ids and structure unchanged.
    public static func mask(_ report: Report) -> Report {
        var masked = report
        // In place: only personal values are rewritten; dictionaries keep their layout instead
        // of being rebuilt key by key.
        for index in masked.findings.indices {
            maskFinding(&masked.findings[index])
        }
        for index in masked.clusters.indices {
            maskCluster(&masked.clusters[index])
        }
        return masked
    }

    static func maskFinding(_ finding: inout ReportFinding) {
        guard let kind = kind(ofField: finding.field) else { return }
        let value = finding.value.map { ($0, mask($0, kind: kind)) }
        let suggestion = finding.suggestion.map { ($0, mask($0, kind: kind)) }
        if let (original, masked) = value {
            finding.value = masked
            finding.message = maskMessage(finding.message, value: original, masked: masked)
        }
        if let (original, masked) = suggestion {
            finding.suggestion = masked
            finding.message = maskMessage(finding.message, value: original, masked: masked)
        }
    }

    static func maskCluster(_ cluster: inout ReportCluster) {
        maskFields(&cluster.merged.fields)
        for index in cluster.merged.phoneNumbers.indices {
            cluster.merged.phoneNumbers[index].phoneNumber = mask(cluster.merged.phoneNumbers[index].phoneNumber, kind: .phone)
        }
        for index in cluster.mergePlan.indices {
            if let kind = kind(ofField: cluster.mergePlan[index].field) {
                cluster.mergePlan[index].value = mask(cluster.mergePlan[index].value, kind: kind)
            }
        }
        for index in cluster.conflicts.indices {
            if let kind = kind(ofField: cluster.conflicts[index].field) {
                cluster.conflicts[index].values = cluster.conflicts[index].values.map { mask($0, kind: kind) }
            }
        }
        for index in cluster.members.indices {
            maskFields(&cluster.members[index].fields)
        }
        for pair in cluster.pairs.indices {
            for index in cluster.pairs[pair].evidence.indices {
                guard let kind = kind(ofField: cluster.pairs[pair].evidence[index].field) else { continue }
                cluster.pairs[pair].evidence[index].left = cluster.pairs[pair].evidence[index].left.map { mask($0, kind: kind) }
                cluster.pairs[pair].evidence[index].right = cluster.pairs[pair].evidence[index].right.map { mask($0, kind: kind) }
            }
        }
    }

    /// Field name → value, each personal value masked.
    static func maskFields(_ fields: inout [String: String]) {
        var index = fields.startIndex
        while index != fields.endIndex {
            if let kind = kind(ofField: fields.keys[index]) {
                fields.values[index] = mask(fields.values[index], kind: kind)
            }
            fields.formIndex(after: &index)
        }
    }
}
