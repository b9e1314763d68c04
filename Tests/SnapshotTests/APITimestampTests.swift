import Foundation
import Testing
@testable import Snapshot

@Suite struct APITimestampTests {
    @Test(arguments: [
        (1_673_526_600.0, "2023-01-12 12:30:00"),
        (1_673_526_600.999, "2023-01-12 12:30:00"),
        (0.0, "1970-01-01 00:00:00"),
        (1_796_076_245.0, "2026-11-30 22:04:05"),
    ])
    func formatsInUTC(seconds: Double, text: String) {
        #expect(APITimestamp.format(Date(timeIntervalSince1970: seconds)) == text)
        #expect(APITimestamp.parse(text) == Date(timeIntervalSince1970: seconds.rounded(.down)))
    }

    @Test(arguments: ["", "2023-01-12", "2023-13-01 00:00:00", "2023-01-12T12:30:00Z", "yesterday"])
    func rejectsOtherShapes(text: String) {
        #expect(APITimestamp.parse(text) == nil)
    }
}
