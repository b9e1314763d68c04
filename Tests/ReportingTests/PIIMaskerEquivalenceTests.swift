import Matching
import Quality
import Testing
@testable import Reporting

/// The byte-level masker gives exactly what the first, character-level one gave: on every
/// combination of awkward field names and values, and byte for byte in the files of whole reports.
@Suite struct PIIMaskerEquivalenceTests {
    static let fields: [String?] = [
        nil, "", "email", "EMAIL", "E-Mail", "contact_email2", "phone", "phone_numbers[mob]", "Phone_Numbers[714253]",
        "tel", "TEL", "Mob", "mobile", "house_number", "HOUSE_NUMBER_postfix", "housenumber", "HouseNumber", "my_house_number",
        "street", "Street", "billing_address", "postcode", "first_name", "telephone", "e-mail\u{301}", "ＥＭＡＩＬ",
        "İemail", "STRAẞE street", "phone\n", "\u{202E}email",
    ]

    static let values = [
        "", " ", "@", "@example.nl", "jan.jansen@example.nl", "a@b@c.nl", "not-an-address", "é@x.nl", "e\u{301}@x.nl",
        "\r\n@x.nl", "👩‍🔧@x.nl", "06-12345678", "+31 (0)73 123 4567", "1", "12", "٠٦١٢٣٤٥٦٧٨", "06١٢٣٤٥٦٧٨", "½ 12",
        "Ⅻ 12", "１２３４", "06\r\n1234", "06\t1234\n", "Dorpsstraat 12a", "Zoë 👩‍🔧 Müller 7", "\u{202E}gnp.exe\u{202C} 12",
        "e\u{301}e\u{301}", "<script>1</script>",
    ]

    @Test func masksEveryValueOfEveryFieldAsBefore() {
        for field in Self.fields {
            #expect(PIIMasker.kind(ofField: field).map { "\($0)" } == ReferencePIIMasker.kind(ofField: field).map { "\($0)" },
                    "\(String(describing: field))")
            for value in Self.values {
                #expect(PIIMasker.mask(value, field: field) == ReferencePIIMasker.mask(value, field: field),
                        "\(String(describing: field)): \(value.debugDescription)")
            }
        }
    }

    @Test func masksQuotesInMessagesAsBefore() {
        let messages = [
            "", "Mobile number 0611112223 is not in international form", "0611 0611 06110611", "111111", "a@b.nl or a@b.nl?",
            "Zoë says 0611112223", "e\u{301}@x.nl vs é@x.nl", "line\r\n0611112223", "no quote here",
        ]
        let quoted = ["0611112223", "0611", "11", "a@b.nl", "é@x.nl", "e\u{301}@x.nl", "\r\n0611112223", "", "Zoë"]
        for field in ["phone_numbers[mob]", "email", "street", "first_name"] {
            for message in messages {
                for value in quoted {
                    #expect(PIIMasker.maskMessage(message, value: value, field: field)
                                == ReferencePIIMasker.maskMessage(message, value: value, field: field),
                            "\(field): \(message.debugDescription) / \(value.debugDescription)")
                }
            }
        }
    }

    @Test(arguments: ["fixture", "hostile", "awkward"])
    func masksWholeReportsAsBefore(name: String) throws {
        let report = switch name {
        case "fixture": ReportFixture.report()
        case "hostile": HostileFixture.report
        default: Self.awkwardReport
        }
        let masked = PIIMasker.mask(report), reference = ReferencePIIMasker.mask(report)
        #expect(masked == reference)
        #expect(try HTMLReportRenderer.render(masked, maskedPII: true) == HTMLReportRenderer.render(reference, maskedPII: true))
        #expect(FindingsCSV.bytes(masked) == FindingsCSV.bytes(reference))
        #expect(MergesCSV.bytes(masked) == MergesCSV.bytes(reference))
    }

    /// Findings, member records, merges, conflicts and evidence over the awkward names and values.
    static var awkwardReport: Report {
        let names = fields.compactMap { $0 }
        let customers = values.indices.map { index in
            ReportFixture.customer(200 + index, first: values[index], name: "Name", street: values[index],
                                   house: values[(index + 3) % values.count], email: values[(index + 5) % values.count],
                                   mobile: values[(index + 11) % values.count])
        }
        let findings = values.indices.map { index in
            let value = values[index], suggestion = values[(index + 7) % values.count]
            return Finding(customerID: 200 + index, rule: "test.awkward", severity: .warning, field: names[index % names.count],
                           value: value, message: "Value \(value) could be \(suggestion); \(value)", suggestion: suggestion)
        }
        let clusters = stride(from: 0, to: values.count - 1, by: 2).map { index in
            let field = names[index % names.count], other = names[(index + 1) % names.count]
            return DuplicateCluster(
                id: "c-\(200 + index)", customerIDs: [200 + index, 201 + index], confidence: 0.9, band: .likely,
                survivorID: 200 + index,
                pairs: [ScoredPair(a: 200 + index, b: 201 + index, score: 0.9, weight: 3, evidence: [
                    Evidence(field: field, outcome: "else", label: "Different", weight: -1, left: values[index], right: values[index + 1]),
                    Evidence(field: other, outcome: "exact", label: "Same", weight: 2, left: values[index + 1], right: nil),
                ])],
                merged: [MergedValue(field: field, value: values[index], reason: "valid", fromCustomer: 200 + index),
                         MergedValue(field: other, value: values[index + 1], reason: "majority", fromCustomer: 201 + index)],
                conflicts: [FieldConflict(field: other, values: [values[index], values[index + 1]])])
        }
        return ReportFixture.report(customers: customers, findings: findings, clusters: clusters)
    }
}
