import CustomerModel
import Foundation
import Testing

@Suite struct APITimestampTests {
    @Test(arguments: [
        (1_673_526_600.0, "2023-01-12 12:30:00"),
        (1_673_526_600.999, "2023-01-12 12:30:00"),        // fractions dropped, not rounded
        (1_672_749_044.9, "2023-01-03 12:30:44"),
        (0.0, "1970-01-01 00:00:00"),
        (-0.5, "1969-12-31 23:59:59"),                       // before the epoch the second still counts down
        (1_796_076_245.0, "2026-11-30 22:04:05"),
        (1_709_251_199.0, "2024-02-29 23:59:59"),
        (253_402_300_799.0, "9999-12-31 23:59:59"),
    ])
    func formatsInUTC(seconds: Double, text: String) {
        #expect(APITimestamp.format(Date(timeIntervalSince1970: seconds)) == text)
    }

    @Test(arguments: [
        ("2023-01-03 12:30:44", 1_672_749_044.0),
        ("2023-01-12 12:30:00", 1_673_526_600),
        ("1970-01-01 00:00:00", 0),
        ("2026-11-30 22:04:05", 1_796_076_245),
        ("2024-02-29 23:59:59", 1_709_251_199),               // leap day
        ("2019-01-01 12:00:00", 1_546_344_000),
        ("2019-01-01T12:00:00", 1_546_344_000),               // ISO separator
        ("2019-01-01+12:00:00", 1_546_344_000),               // a form-encoded space
    ])
    func parsesAsUTC(text: String, seconds: Double) {
        #expect(APITimestamp.parse(text)?.timeIntervalSince1970 == seconds)
    }

    @Test(arguments: [
        "", "yesterday", "2023-01-03", "2023-01-03 12:30", "2023-1-3 12:30:44",
        // separators
        "2023/01/03 12:30:44", "2023-01-03_12:30:44", "2023-01-03 12-30-44", "2023:01:03 12:30:44", "2023-01-03  2:30:44",
        // out of range
        "2023-00-10 00:00:00", "2023-13-01 00:00:00", "2023-01-00 00:00:00", "2023-01-32 00:00:00",
        "2023-02-29 00:00:00", "2023-04-31 00:00:00", "2023-01-03 24:00:00", "2023-01-03 12:60:00", "2023-01-03 12:30:60",
        // not digits
        "2023-01-03 12:30:4x", "２０２３-01-03 12:30:44", "+023-01-03 12:30:44", "-023-01-03 12:30:44",
        // time zones: the API's text has none, so one given is not silently dropped
        "2023-01-12T12:30:00Z", "2023-01-03 12:30:44+01:00", "2023-01-03 12:30:44 UTC",
        " 2023-01-03 12:30:44", "2023-01-03 12:30:44 ",
    ])
    func rejectsAnythingElse(text: String) {
        #expect(APITimestamp.parse(text) == nil)
    }

    @Test(arguments: ["2023-01-03 12:30:44", "1999-12-31 23:59:59", "2026-11-29 00:00:00", "2000-02-29 06:07:08"])
    func formatsWhatItParses(text: String) throws {
        #expect(APITimestamp.format(try #require(APITimestamp.parse(text))) == text)
    }
}
