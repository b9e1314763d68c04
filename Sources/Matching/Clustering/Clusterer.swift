/// Groups customers into clusters without chaining through weak links.
///
/// Two passes inside each connected component of the suggested links:
/// 1. Confident links (probability ≥ `strongThreshold`, the lowest band suggested for merging)
///    join their records as connected components do, strongest first, so every copy of one
///    person meets the others through the copy they all resemble. Two copies that were each
///    mistyped in different fields resemble each other little, and averaging over all pairs left
///    one of them out of a large group (FEBRL 3: recall 0.92 against 0.99 for components). A
///    join is refused when any two records it would bring together tell two people apart (two
///    mobiles and no mailbox in common, another generation marker, other initials: a father and
///    his son at one address both resembling a record that names neither) or were marked
///    distinct by a reviewer.
/// 2. What is left is joined by average linkage: two groups merge only when the mean
///    probability over *all* pairs between them reaches `linkThreshold` (pairs that blocking
///    never produced are scored on the spot), so a chain A–B–C of links below the confident
///    level, or two duplicates joined through one weak link, stays apart. A group formed in the
///    first pass takes in only what reaches `strongThreshold` on average: one weakly attached
///    record would otherwise turn a certain pair into a cluster for review.
///
/// Reviewer decisions act as constraints: a distinct pair is never in one cluster, a confirmed
/// group starts out joined. Without a `strongThreshold` only the second pass runs.
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
    ///   - separates: whether two records name two different people, whatever their score.
    func clusters(count: Int, edges: [(a: Int, b: Int, p: Double)], distinct: Set<IDPair>, confirmed: [[Int]],
                  separates: (Int, Int) -> Bool = { _, _ in false },
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
            let componentEdges = componentEdges[root] ?? []
            let seeds = confidentGroups(componentEdges, distinct: distinct, confirmed: componentGroups[root] ?? [],
                                        separates: separates)
            result += split(unique, edges: componentEdges, threshold: linkThreshold,
                            distinct: distinct, seeds: seeds, separates: separates, probability: lookup)
        }
        return result.sorted { $0.members[0] < $1.members[0] }
    }

    /// The first pass: confirmed groups, then confident links strongest first, each joining two
    /// groups unless a pair across them is distinct or `separates` says two people. A group's
    /// confidence is its weakest confident link (1 for a confirmed group alone).
    func confidentGroups(_ edges: [(a: Int, b: Int, p: Double)], distinct: Set<IDPair>, confirmed: [[Int]],
                         separates: (Int, Int) -> Bool) -> [Cluster] {
        var groupOf: [Int: Int] = [:]
        var groups: [Cluster] = []
        for group in confirmed {
            let fresh = group.filter { groupOf[$0] == nil }
            guard !fresh.isEmpty else { continue }
            for member in fresh { groupOf[member] = groups.count }
            groups.append(Cluster(members: fresh, confidence: 1))
        }
        guard let strong = strongThreshold else { return groups }
        let confident = edges.filter { $0.p >= strong }
            .sorted { $0.p != $1.p ? $0.p > $1.p : ($0.a, $0.b) < ($1.a, $1.b) }
        for edge in confident {
            for record in [edge.a, edge.b] where groupOf[record] == nil {
                groupOf[record] = groups.count
                groups.append(Cluster(members: [record], confidence: 1))
            }
            let x = groupOf[edge.a]!, y = groupOf[edge.b]!
            guard x != y else { continue }
            let apart = groups[x].members.contains { i in
                groups[y].members.contains { j in distinct.contains(IDPair(i, j)) || separates(i, j) }
            }
            guard !apart else { continue }
            for member in groups[y].members { groupOf[member] = x }
            groups[x].members += groups[y].members
            groups[x].confidence = min(groups[x].confidence, groups[y].confidence, edge.p)
            groups[y].members = []
        }
        return groups.filter { !$0.members.isEmpty }
    }

    /// Average-linkage agglomeration inside one component.
    private func split(_ members: [Int], edges: [(a: Int, b: Int, p: Double)], threshold: Double, distinct: Set<IDPair>,
                       seeds: [Cluster], separates: (Int, Int) -> Bool, probability: (Int, Int) -> Double) -> [Cluster] {
        if members.count > maxComponentSize {
            // Too large for all-pairs linkage: keep only stronger links and look again, on local
            // indices so a big component costs its own size, not the whole input's.
            let stronger = min(1, threshold + (1 - threshold) / 2)
            let kept = edges.filter { $0.p >= stronger }
            if stronger >= 0.999_999 || kept.count == edges.count { return seeds.filter { $0.members.count >= 2 } }
            let local = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1, $0) })
            let localEdges = kept.map { (a: local[$0.a]!, b: local[$0.b]!, p: $0.p) }
            let localDistinct = Set(distinct.compactMap { pair -> IDPair? in
                guard let a = local[pair.low], let b = local[pair.high] else { return nil }
                return IDPair(a, b)
            })
            // The first pass's groups stay whole: the inner run starts from them as confirmed groups
            // and their confidence is put back afterwards.
            let localSeeds = seeds.map { $0.members.compactMap { local[$0] } }.filter { $0.count >= 2 }
            let inner = Clusterer(linkThreshold: stronger, maxComponentSize: maxComponentSize, strongThreshold: nil)
            return inner.clusters(count: members.count, edges: localEdges, distinct: localDistinct, confirmed: localSeeds,
                                  separates: { separates(members[$0], members[$1]) }) {
                probability(members[$0], members[$1])
            }.map { cluster in
                let global = cluster.members.map { members[$0] }.sorted()
                let confidence = seeds.filter { !Set($0.members).isDisjoint(with: global) }.map(\.confidence).min() ?? 1
                return Cluster(members: global, confidence: min(cluster.confidence, confidence))
            }
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
        // Start from the first pass's groups (confirmed groups among them), and singletons.
        var groups: [[Int]] = []
        var placed = Set<Int>()
        var heights: [Double] = []
        for seed in seeds {
            let local = seed.members.compactMap { position[$0] }.filter { !placed.contains($0) }
            guard !local.isEmpty else { continue }
            groups.append(local)
            heights.append(seed.confidence)
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
