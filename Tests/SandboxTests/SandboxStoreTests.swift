import AuditSupport
import CustomerGenerator
import CustomerModel
import Foundation
@testable import Sandbox
import Testing

@Suite struct SandboxStoreTests {
    @Test func customersAreKeptInIDOrder() async {
        let store = SandboxStore(customers: SandboxFixtures.customers.reversed())
        #expect(await store.allCustomers().compactMap(\.customerID) == [8, 11, 12, 20, 21, 30, 31])
        #expect(await store.count == 7)
    }

    @Test func recordsWithoutAFreeIDGetTheNextOneAndAreRenderedAfresh() async {
        let planted = SandboxFixtures.planted(#"{"customer_id":8,"name":"Twin","odd":[1]}"#)
        let store = SandboxStore(customers: [Customer(customerID: 8, name: "First"), planted, Customer(name: "No id"),
                                             Customer(customerID: -4, name: "Negative")])
        let customers = await store.allCustomers()
        #expect(customers.map(\.customerID) == [8, 9, 10, 11])
        #expect(customers.map(\.name) == ["First", "Twin", "No id", "Negative"])
        #expect(customers[1].raw.isEmpty)
        #expect(await store.json(id: 9) == CustomerJSON.encode(customers[1]))
    }

    @Test func insertKeepsAFreeIDAndOtherwiseAssignsTheNext() async {
        let clock = ManualClock()
        let store = SandboxStore(customers: SandboxFixtures.customers, clock: .manual(clock))
        let kept = await store.insert(Customer(customerID: 15, name: "Kept"))
        let taken = await store.insert(Customer(customerID: 8, name: "Taken",
                                                phoneNumbers: [PhoneNumber(phoneNumberID: "mob", customerID: 8, phoneNumber: "0611111111")]))
        let none = await store.insert(Customer(name: "None"))
        #expect(kept.customerID == 15)
        #expect(taken.customerID == 32)
        #expect(taken.phoneNumbers.first?.customerID == 32)
        #expect(none.customerID == 33)
        #expect(kept.datetimeCreated == APITimestamp.format(clock.now))
        #expect(await store.allCustomers().compactMap(\.customerID) == [8, 11, 12, 15, 20, 21, 30, 31, 32, 33])
        #expect(await store.customer(id: 8)?.name == "Dijk")
    }

    @Test func updateReplacesKnownCustomersOnlyAndMarksThemModified() async {
        let clock = ManualClock()
        let store = SandboxStore(customers: SandboxFixtures.customers, clock: .manual(clock), modifiedAt: clock.now)
        clock.advance(by: .seconds(5))
        var changed = SandboxFixtures.customers[0]
        changed.city = "Sneek"
        #expect(await store.update(changed)?.city == "Sneek")
        #expect(await store.modificationTime(id: 8) == clock.now)
        #expect(await store.modificationTime(id: 11) == clock.now.addingTimeInterval(-5))
        #expect(await store.update(Customer(customerID: 99, name: "Ghost")) == nil)
        #expect(await store.update(Customer(name: "No id")) == nil)
        #expect(await store.count == 7)
    }

    @Test func deleteRemovesOnce() async {
        let store = SandboxFixtures.store()
        #expect(await store.delete(id: 12))
        #expect(await !store.delete(id: 12))
        #expect(await !store.delete(id: 99))
        #expect(await store.customer(id: 12) == nil)
        #expect(await store.allCustomers().compactMap(\.customerID) == [8, 11, 20, 21, 30, 31])
    }

    @Test func modificationTimesStartAtDatetimeCreatedWhenItIsInThePast() async {
        let clock = ManualClock(APITimestamp.parse("2026-06-01 00:00:00")!)
        let future = Customer(customerID: 1, datetimeCreated: "2030-01-01 00:00:00")
        let garbled = Customer(customerID: 2, datetimeCreated: "yesterday")
        let store = SandboxStore(customers: SandboxFixtures.customers + [future, garbled], clock: .manual(clock))
        #expect(await store.modificationTime(id: 12) == APITimestamp.parse("2023-01-03 12:30:44"))
        #expect(await store.modificationTime(id: 1) == clock.now)
        #expect(await store.modificationTime(id: 2) == clock.now)
        #expect(await store.modificationTime(id: 8) == clock.now)
    }

    @Test func driftDeletesWithinTheWindowAndInsertsAtTheEnd() async {
        let store = SandboxFixtures.store()
        var random = SplitMix64(seed: 11)
        let (deleted, inserted) = await store.drift(inserts: 3, deletes: 2, window: 3, random: &random)
        #expect(deleted.count == 2)
        #expect(Set(deleted).isSubset(of: [8, 11, 12]))
        #expect(inserted == [32, 33, 34])
        #expect(await store.count == 8)
    }
}
