/// Compares two reports by stable ids: finding ids (customer, rule, field) and cluster ids.
enum ReportDiffer {
    static func diff(current: Report, previous: Report) -> ReportDiff {
        ReportDiff(previousGeneratedAt: previous.generatedAt, previousSummary: previous.summary,
                   findings: findingChanges(current.findings, previous.findings),
                   clusters: clusterChanges(current.clusters, previous.clusters))
    }

    static func findingChanges(_ current: [ReportFinding], _ previous: [ReportFinding]) -> ChangeSet {
        let now = Set(current.map(\.id))
        let before = Set(previous.map(\.id))
        return ChangeSet(new: now.subtracting(before).sorted(), resolved: before.subtracting(now).sorted(),
                         unchanged: now.intersection(before).count)
    }

    static func clusterChanges(_ current: [ReportCluster], _ previous: [ReportCluster]) -> ChangeSet {
        var before: [String: [Int]] = [:]
        for cluster in previous { before[cluster.id] = cluster.customerIDs.sorted() }
        var now: [String: [Int]] = [:]
        for cluster in current { now[cluster.id] = cluster.customerIDs.sorted() }
        var changes = ChangeSet()
        for (id, members) in now {
            switch before[id] {
            case nil: changes.new.append(id)
            case let old? where old != members: changes.changed.append(id)
            default: changes.unchanged += 1
            }
        }
        changes.resolved = before.keys.filter { now[$0] == nil }
        changes.new.sort()
        changes.changed.sort()
        changes.resolved.sort()
        return changes
    }
}
