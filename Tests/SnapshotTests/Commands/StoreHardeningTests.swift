import CustomerModel
import Foundation
import Sandbox
import Testing
import TestSupport
@testable import Snapshot

/// The snapshot holds the whole customer base: owner-only files, and nothing left by a refused sync.
@Suite(.serialized) struct StoreHardeningTests {
    static func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("store-hardening-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func theDefaultStoreIsOwnerOnlyAndAnOlderStoreIsTightened() async throws {
        let sandbox = try await LiveSandboxSyncTests.sandbox(LiveSandboxSyncTests.customers(50))
        defer { Task { await sandbox.stop() } }
        let folder = try Self.temporaryFolder()
        let sync = try await BinaryRunner.run(["sync"], in: folder, environment: SyncCommandTests.environment(sandbox))
        #expect(sync.status == 0, "\(sync.stderr)")
        let store = folder.appendingPathComponent(".customer-audit/store.sqlite").path
        #expect(try Self.mode(folder.appendingPathComponent(".customer-audit").path) == 0o700)
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: store + suffix) {
            #expect(try Self.mode(store + suffix) == 0o600, "store\(suffix)")
        }

        // A store written before: world-readable files in a world-readable folder.
        chmod(folder.appendingPathComponent(".customer-audit").path, 0o755)
        for suffix in ["", "-wal", "-shm"] { chmod(store + suffix, 0o644) }
        let again = try await BinaryRunner.run(["analyze", "--out", "out", "--quiet"], in: folder)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Self.mode(folder.appendingPathComponent(".customer-audit").path) == 0o700)
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: store + suffix) {
            #expect(try Self.mode(store + suffix) == 0o600, "store\(suffix)")
        }
    }

    @Test func aRefusedPasswordLeavesNoStoreBehind() async throws {
        let sandbox = try await LiveSandboxSyncTests.sandbox(LiveSandboxSyncTests.customers(20))
        defer { Task { await sandbox.stop() } }
        let folder = try Self.temporaryFolder()
        let wrong = SyncCommandTests.environment(sandbox, password: "wrong-Pa55word")
        let sync = try await BinaryRunner.run(["sync"], in: folder, environment: wrong)
        #expect(sync.status == 3)
        let fromAPI = try await BinaryRunner.run(["analyze", "--from-api", "--store", "kept/store.sqlite"], in: folder, environment: wrong)
        #expect(fromAPI.status == 3)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "no store, no folder")
    }
}
