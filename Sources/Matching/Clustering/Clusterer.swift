/// Groups customers into clusters without chaining.
///
/// Connected components over the suggested links are only candidates: inside each, groups are
/// joined by average linkage — two groups merge only when the mean probability over *all* pairs
/// between them reaches `linkThreshold` (pairs that blocking never produced are scored on the
/// spot). A chain A–B–C whose ends do not match, or two duplicates joined through one weak link,
/// therefore stays apart. Reviewer decisions act as constraints: a distinct pair is never in one
/// cluster, a confirmed group starts out joined.
///
/// With a `strongThreshold` (the lowest suggested band), a group whose joins all reached it does
/// not take in a record that reaches it only on average below: one weakly attached record (a
/// duplicate that moved and kept only its name) would otherwise turn a certain pair into a
/// cluster for review. That record stays out, to form its own group.
struct Clusterer {
    var linkThreshold: Double
    /// Components larger than this are first thinned to stronger links (see `split`).
    var maxComponentSize: Int = 60
    var strongThreshold: Double? = nil

    struct Cluster: Equatable {
        /// Record indices, ascending.
        var members: [Int]
        /// The weakest average link that joined its parts (1 for reviewer-confirmed joins).
        var confidence: Double
    }

    /// - Parameters:
    ///   - edges: suggested links (record indices, probability ≥ the lowest band).
    ///   - distinct: index pairs a reviewer marked distinct.
    ///   - confirmed: index groups a reviewer confirmed.
    ///   - probability: scores any pair of records (used for pairs without an edge).
    func clusters(count: Int, edges: [(a: Int, b: Int, p: Double)], distinct: Set<IDPair>, confirmed: [[Int]],
                  probability: (Int, Int) -> Double) -> [Cluster] {
        var known: [IDPair: Double] = [:]
        for edge in edges { known[IDPair(edge.a, edge.b)] = edge.p }
        var sets = UnionFind(count: count)
        for edge in edges { sets.union(edge.a, edge.b) }
        for group in confirmed { for member in group.dropFirst() { sets.union(group[0], member) } }
        var components: [Int: [Int]] = [:]
        var componentEdges: [Int: [(a: Int, b: Int, p: Double)]] = [:]
        for edge in edges {
            let root = sets.find(edge.a)
            components[root, default: []].append(contentsOf: [edge.a, edge.b])
            componentEdges[root, default: []].append(edge)
        }
        var componentGroups: [Int: [[Int]]] = [:]
        for group in confirmed {
            let root = sets.find(group[0])
            components[root, default: []].append(contentsOf: group)
            componentGroups[root, default: []].append(group)
        }
        let lookup = { (a: Int, b: Int) -> Double in
            if distinct.contains(IDPair(a, b)) { return 0 }
            return known[IDPair(a, b)] ?? probability(a, b)
        }
        var result: [Cluster] = []
        for (root, members) in components.sorted(by: { $0.key < $1.key }) {
            let unique = Array(Set(members)).sorted()
            guard unique.count >= 2 else { continue }
            result += split(unique, edges: componentEdges[root] ?? [], threshold: linkThreshold,
                            distinct: distinct, confirmed: componentGroups[root] ?? [], probability: lookup)
        }
        return result.sorted { $0.members[0] < $1.members[0] }
    }

    /// Average-linkage agglomeration inside one component.
    private func split(_ members: [Int], edges: [(a: Int, b: Int, p: Double)], threshold: Double, distinct: Set<IDPair>,
                       confirmed: [[Int]], probability: (Int, Int) -> Double) -> [Cluster] {
        if members.count > maxComponentSize {
            // Too large for all-pairs linkage: keep only stronger links and look again, on local
            // indices so a big component costs its own size, not the whole input's.
            let stronger = min(1, threshold + (1 - threshold) / 2)
            let kept = edges.filter { $0.p >= stronger }
            if stronger >= 0.999_999 || kept.count == edges.count { return [] }
            let local = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1, $0) })
            let localEdges = kept.map { (a: local[$0.a]!, b: local[$0.b]!, p: $0.p) }
            let localDistinct = Set(distinct.compactMap { pair -> IDPair? in
                guard let a = local[pair.low], let b = local[pair.high] else { return nil }
                return IDPair(a, b)
            })
            let localConfirmed = confirmed.map { $0.compactMap { local[$0] } }.filter { $0.count >= 2 }
            let inner = Clusterer(linkThreshold: stronger, maxComponentSize: maxComponentSize, strongThreshold: strongThreshold)
            return inner.clusters(count: members.count, edges: localEdges, distinct: localDistinct, confirmed: localConfirmed) {
                probability(members[$0], members[$1])
            }.map { Cluster(members: $0.members.map { members[$0] }.sorted(), confidence: $0.confidence) }
        }
        let position = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1, $0) })
        let n = members.count
        var matrix = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in (i + 1)..<n {
                let p = probability(members[i], members[j])
                matrix[i * n + j] = p
                matrix[j * n + i] = p
            }
        }
        // Start from singletons, or from confirmed groups.
        var groups: [[Int]] = []
        var placed = Set<Int>()
        var heights: [Double] = []
        for group in confirmed {
            let local = group.compactMap { position[$0] }.filter { !placed.contains($0) }
            guard !local.isEmpty else { continue }
            groups.append(local)
            heights.append(1)
            placed.formUnion(local)
        }
        for i in 0..<n where !placed.contains(i) {
            groups.append([i])
            heights.append(1)
        }
        let forbidden = { (x: [Int], y: [Int]) -> Bool in
            for i in x { for j in y where distinct.contains(IDPair(members[i], members[j])) { return true } }
            return false
        }
        let strong = strongThreshold ?? -1
        let isStrong = { (group: Int) -> Bool in groups[group].count >= 2 && heights[group] >= strong }
        while groups.count > 1 {
            var best = -1.0, bestPair = (0, 0)
            for x in 0..<groups.count {
                for y in (x + 1)..<groups.count {
                    var sum = 0.0
                    for i in groups[x] { for j in groups[y] { sum += matrix[i * n + j] } }
                    let average = sum / Double(groups[x].count * groups[y].count)
                    guard average > best, !forbidden(groups[x], groups[y]) else { continue }
                    if average < strong && (isStrong(x) || isStrong(y)) { continue }
                    best = average
                    bestPair = (x, y)
                }
            }
            guard best >= threshold else { break }
            let (x, y) = bestPair
            groups[x] += groups[y]
            heights[x] = min(heights[x], heights[y], best)
            groups.remove(at: y)
            heights.remove(at: y)
        }
        return zip(groups, heights).compactMap { group, height in
            guard group.count >= 2 else { return nil }
            return Cluster(members: group.map { members[$0] }.sorted(), confidence: height)
        }
    }
}
