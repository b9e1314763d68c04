import Testing
@testable import Matching

struct ClusteringTests {
    let clusterer = Clusterer(linkThreshold: 0.5)

    func run(_ count: Int, _ probabilities: [IDPair: Double], distinct: Set<IDPair> = [], confirmed: [[Int]] = []) -> [[Int]] {
        let edges = probabilities.filter { $0.value >= 0.5 }.map { (a: $0.key.low, b: $0.key.high, p: $0.value) }
            .sorted { ($0.a, $0.b) < ($1.a, $1.b) }
        return clusterer.clusters(count: count, edges: edges, distinct: distinct, confirmed: confirmed) { a, b in
            probabilities[IDPair(a, b)] ?? 0.001
        }.map(\.members)
    }

    @Test func twoDuplicatesJoinedByOneWeakLinkStayApart() {
        // A=B and C=D are strong; B–C is a weak link; A–C, A–D, B–D are strangers.
        let clusters = run(4, [IDPair(0, 1): 0.999, IDPair(2, 3): 0.998, IDPair(1, 2): 0.6])
        #expect(clusters == [[0, 1], [2, 3]])
    }

    @Test func chainWhoseEndsDoNotMatchIsSplit() {
        let clusters = run(3, [IDPair(0, 1): 0.99, IDPair(1, 2): 0.9, IDPair(0, 2): 0.01])
        #expect(clusters == [[0, 1]])
    }

    @Test func aTripleThatMatchesAllRoundIsOneCluster() {
        let clusters = run(3, [IDPair(0, 1): 0.99, IDPair(1, 2): 0.97, IDPair(0, 2): 0.95])
        #expect(clusters == [[0, 1, 2]])
    }

    @Test func aSparseThirdRecordJoinsWhenItMatchesTheGroupOnAverage() {
        // The third record matches one member strongly and the other moderately.
        let clusters = run(3, [IDPair(0, 1): 0.99, IDPair(0, 2): 0.95, IDPair(1, 2): 0.3])
        #expect(clusters == [[0, 1, 2]])
    }

    func strict(_ count: Int, _ probabilities: [IDPair: Double], apart: Set<IDPair> = []) -> [Clusterer.Cluster] {
        let edges = probabilities.filter { $0.value >= 0.5 }.map { (a: $0.key.low, b: $0.key.high, p: $0.value) }
            .sorted { ($0.a, $0.b) < ($1.a, $1.b) }
        return Clusterer(linkThreshold: 0.5, strongThreshold: 0.9)
            .clusters(count: count, edges: edges, distinct: [], confirmed: [], separates: { apart.contains(IDPair($0, $1)) }) {
                probabilities[IDPair($0, $1)] ?? 0.001
            }
    }

    @Test(arguments: [
        // (p of the third record with each of a certain pair, clusters, confidence)
        (0.95, 0.3, [[0, 1, 2]], 0.95),  // a confident link joins: the copies need not resemble each other
        (0.97, 0.93, [[0, 1, 2]], 0.97), // a likely match of both joins; the links that joined it say how sure
        (0.7, 0.3, [[0, 1]], 0.999),     // below the confident level only on average: the certain pair stays a pair
    ])
    func aStrongPairTakesInOnlyAConfidentThird(_ first: Double, _ second: Double, _ expected: [[Int]], _ confidence: Double) {
        let clusters = strict(3, [IDPair(0, 1): 0.999, IDPair(0, 2): first, IDPair(1, 2): second])
        #expect(clusters.map(\.members) == expected)
        #expect(clusters.map(\.confidence) == [confidence])
    }

    @Test func copiesMistypedInDifferentFieldsJoinThroughTheOriginal() {
        // Each copy resembles the original; copies resemble each other little (FEBRL's pattern).
        let clusters = strict(5, [IDPair(0, 1): 0.999, IDPair(0, 2): 0.98, IDPair(0, 3): 0.95, IDPair(3, 4): 0.99,
                                  IDPair(1, 2): 0.02, IDPair(1, 3): 0.001, IDPair(2, 3): 0.3])
        #expect(clusters.map(\.members) == [[0, 1, 2, 3, 4]])
        #expect(clusters[0].confidence == 0.95)
    }

    @Test func aRecordNamingNeitherDoesNotJoinTwoPeople() {
        // Father (0) and son (2) both resemble a record with only the shared name and address (1).
        let clusters = strict(3, [IDPair(0, 1): 0.96, IDPair(1, 2): 0.95, IDPair(0, 2): 0.6], apart: [IDPair(0, 2)])
        #expect(clusters.map(\.members) == [[0, 1]])
    }

    @Test func linksBelowTheConfidentLevelDoNotChain() {
        let clusters = strict(3, [IDPair(0, 1): 0.85, IDPair(1, 2): 0.85, IDPair(0, 2): 0.01])
        #expect(clusters.map(\.members) == [[0, 1]])
    }

    @Test func weakPairsStillFormAClusterForReview() {
        let strict = Clusterer(linkThreshold: 0.5, strongThreshold: 0.9)
        let clusters = strict.clusters(count: 3, edges: [(0, 1, 0.7)], distinct: [], confirmed: []) { _, _ in 0.7 }
        #expect(clusters == [Clusterer.Cluster(members: [0, 1], confidence: 0.7)])
    }

    @Test func distinctPairIsNeverInOneCluster() {
        let clusters = run(3, [IDPair(0, 1): 0.99, IDPair(1, 2): 0.99, IDPair(0, 2): 0.99], distinct: [IDPair(0, 2)])
        #expect(clusters.count == 1)
        #expect(!(clusters[0].contains(0) && clusters[0].contains(2)))
    }

    @Test func confirmedGroupStaysTogetherWithConfidenceOne() {
        let clusters = clusterer.clusters(count: 4, edges: [], distinct: [], confirmed: [[1, 3]]) { _, _ in 0.01 }
        #expect(clusters == [Clusterer.Cluster(members: [1, 3], confidence: 1)])
    }

    @Test func confidenceIsTheWeakestJoin() {
        let clusters = clusterer.clusters(count: 3, edges: [(0, 1, 0.99), (1, 2, 0.9)], distinct: [], confirmed: []) { a, b in
            [IDPair(0, 1): 0.99, IDPair(1, 2): 0.9, IDPair(0, 2): 0.8][IDPair(a, b)]!
        }
        #expect(clusters.count == 1)
        #expect(abs(clusters[0].confidence - 0.85) < 1e-9)
    }
}
