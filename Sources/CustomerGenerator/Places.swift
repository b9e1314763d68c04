import AuditSupport
import CustomerModel

/// Where customers live: cities with their real postcode range and telephone area code, and the
/// streets in them. A street sits in one 4-digit postcode area and its houses share letter pairs
/// in runs, as real Dutch postcodes do, so neighbours share a postcode.
struct City: Sendable {
    let name: String
    let country: Country
    /// Postcode digits of the city (NL 4 digits, BE 4, DE 5).
    let postcodes: ClosedRange<Int>
    /// Trunk-prefixed area code as dialled at home ("020", "0412", "02" for Brussels).
    let areaCode: String
    /// Population-like weight.
    let weight: Double
    /// Streets characteristic of this city, in addition to the common ones.
    let ownStreets: [String]
}

enum Country: String, Sendable {
    case netherlands = "NL", belgium = "BE", germany = "DE"
}

/// One street in one city, with its postcode digits.
struct StreetLocation: Sendable {
    let street: String
    let city: City
    let postcodeDigits: Int
    /// Seed of the letter pairs along the street (NL only).
    let letterSeed: UInt64
}

enum Places {
    static let netherlands: [City] = [
        nl("Amsterdam", 1011...1109, "020", 50, ["Prinsengracht", "Keizersgracht", "Overtoom", "Vondelstraat"]),
        nl("Rotterdam", 3011...3089, "010", 38, ["Coolsingel", "Nieuwe Binnenweg", "Witte de Withstraat"]),
        nl("Den Haag", 2491...2597, "070", 33, ["Laan van Meerdervoort", "Frederik Hendriklaan"]),
        nl("Utrecht", 3511...3585, "030", 22, ["Oudegracht", "Biltstraat", "Amsterdamsestraatweg"]),
        nl("Eindhoven", 5611...5658, "040", 14, ["Stratumseind", "Kruisstraat"]),
        nl("Groningen", 9711...9747, "050", 14, ["Herestraat", "Oosterstraat"]),
        nl("Tilburg", 5011...5049, "013", 14, ["Piusstraat", "Korvelseweg"]),
        nl("Almere", 1311...1365, "036", 13, []),
        nl("Breda", 4811...4839, "076", 12, ["Ginnekenweg", "Haagweg"]),
        nl("Nijmegen", 6511...6546, "024", 12, ["Graafseweg", "Hatertseweg"]),
        nl("Arnhem", 6811...6846, "026", 11, ["Velperweg", "Amsterdamseweg"]),
        nl("Haarlem", 2011...2037, "023", 11, ["Zijlweg", "Kleverparkweg"]),
        nl("Enschede", 7511...7548, "053", 10, ["Haaksbergerstraat", "Oldenzaalsestraat"]),
        nl("'s-Hertogenbosch", 5211...5237, "073", 10, ["Vughterweg", "Hinthamerstraat"]),
        nl("Amersfoort", 3811...3829, "033", 10, []),
        nl("Zaandam", 1501...1509, "075", 8, []),
        nl("Apeldoorn", 7311...7337, "055", 10, ["Deventerstraat"]),
        nl("Zwolle", 8011...8043, "038", 8, ["Assendorperstraat"]),
        nl("Maastricht", 6211...6229, "043", 8, ["Tongersestraat", "Meerssenerweg"]),
        nl("Leiden", 2311...2334, "071", 8, ["Haarlemmerstraat"]),
        nl("Dordrecht", 3311...3329, "078", 7, []),
        nl("Zoetermeer", 2711...2729, "079", 7, []),
        nl("Leeuwarden", 8911...8939, "058", 7, []),
        nl("Delft", 2611...2629, "015", 6, ["Oude Delft"]),
        nl("Alkmaar", 1811...1834, "072", 6, []),
        nl("Venlo", 5911...5928, "077", 5, []),
        nl("Deventer", 7411...7431, "0570", 5, []),
        nl("Helmond", 5701...5709, "0492", 5, []),
        nl("Oss", 5341...5351, "0412", 5, []),
        nl("Hilversum", 1211...1223, "035", 5, []),
        nl("Heerenveen", 8441...8449, "0513", 3, ["Mauritslaan"]),
        nl("Rosmalen", 5241...5249, "073", 3, ["Bruggen"]),
        nl("Nistelrode", 5388...5388, "0412", 1, ["Laar", "Weijen", "Kantje"]),
        nl("Hoorn", 1621...1628, "0229", 4, []),
        nl("Gouda", 2801...2809, "0182", 4, []),
        nl("Roosendaal", 4701...4709, "0165", 4, []),
        nl("Emmen", 7811...7824, "0591", 4, []),
        nl("Assen", 9401...9409, "0592", 3, []),
        nl("Ede", 6711...6718, "0318", 4, []),
        nl("Veenendaal", 3901...3907, "0318", 3, []),
        nl("Middelburg", 4331...4339, "0118", 3, []),
        nl("Goes", 4461...4465, "0113", 2, []),
        nl("Sittard", 6131...6137, "046", 3, []),
        nl("Heerlen", 6411...6419, "045", 4, []),
        nl("Schiedam", 3111...3125, "010", 4, []),
        nl("Purmerend", 1441...1448, "0299", 4, []),
        nl("Lelystad", 8211...8245, "0320", 4, []),
        nl("Harderwijk", 3841...3848, "0341", 2, []),
        nl("Uden", 5401...5406, "0413", 2, []),
        nl("Weert", 6001...6006, "0495", 2, []),
        nl("Roermond", 6041...6045, "0475", 3, []),
        nl("Hengelo", 7551...7559, "074", 4, []),
        nl("Almelo", 7601...7609, "0546", 3, []),
        nl("Bergen op Zoom", 4611...4617, "0164", 3, []),
        nl("Drachten", 9201...9206, "0512", 2, []),
        nl("Sneek", 8601...8608, "0515", 2, []),
        nl("Hoogeveen", 7901...7909, "0528", 2, []),
        nl("Meppel", 7941...7944, "0522", 2, []),
        nl("Tiel", 4001...4007, "0344", 2, []),
        nl("Gorinchem", 4201...4207, "0183", 2, []),
        nl("Doetinchem", 7001...7009, "0314", 3, []),
        nl("Zutphen", 7201...7206, "0575", 2, []),
    ]

    static let belgium: [City] = [
        City(name: "Brussel", country: .belgium, postcodes: 1000...1000, areaCode: "02", weight: 5, ownStreets: ["Wetstraat"]),
        City(name: "Antwerpen", country: .belgium, postcodes: 2000...2000, areaCode: "03", weight: 5, ownStreets: ["Meir"]),
        City(name: "Gent", country: .belgium, postcodes: 9000...9000, areaCode: "09", weight: 4, ownStreets: ["Veldstraat"]),
        City(name: "Leuven", country: .belgium, postcodes: 3000...3000, areaCode: "016", weight: 2, ownStreets: ["Bondgenotenlaan"]),
        City(name: "Brugge", country: .belgium, postcodes: 8000...8000, areaCode: "050", weight: 2, ownStreets: ["Steenstraat"]),
        City(name: "Hasselt", country: .belgium, postcodes: 3500...3500, areaCode: "011", weight: 2, ownStreets: []),
        City(name: "Mechelen", country: .belgium, postcodes: 2800...2800, areaCode: "015", weight: 2, ownStreets: []),
        City(name: "Turnhout", country: .belgium, postcodes: 2300...2300, areaCode: "014", weight: 1, ownStreets: []),
    ]

    static let germany: [City] = [
        City(name: "Berlin", country: .germany, postcodes: 10115...12689, areaCode: "030", weight: 5, ownStreets: ["Friedrichstraße"]),
        City(name: "Hamburg", country: .germany, postcodes: 20095...22769, areaCode: "040", weight: 4, ownStreets: ["Mönckebergstraße"]),
        City(name: "Köln", country: .germany, postcodes: 50667...51149, areaCode: "0221", weight: 4, ownStreets: ["Hohe Straße"]),
        City(name: "Düsseldorf", country: .germany, postcodes: 40210...40629, areaCode: "0211", weight: 3, ownStreets: ["Königsallee"]),
        City(name: "Aachen", country: .germany, postcodes: 52062...52080, areaCode: "0241", weight: 2, ownStreets: []),
        City(name: "Kleve", country: .germany, postcodes: 47533...47533, areaCode: "02821", weight: 1, ownStreets: []),
        City(name: "Münster", country: .germany, postcodes: 48143...48167, areaCode: "0251", weight: 2, ownStreets: []),
    ]

    private static let dutchStreets = [
        "Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Hoofdstraat", "Schoolstraat", "Julianastraat",
        "Wilhelminastraat", "Beatrixlaan", "Nieuwstraat", "Marktstraat", "Prinses Irenestraat", "Oranjestraat",
        "Emmalaan", "Parkweg", "Industrieweg", "Sportlaan", "Lindelaan", "Eikenlaan", "Beukenlaan", "Berkenlaan",
        "Kastanjelaan", "Populierenlaan", "Esdoornstraat", "Rozenstraat", "Tulpstraat", "Van Goghstraat",
        "Rembrandtlaan", "Vermeerstraat", "Mozartlaan", "Bachstraat", "Kanaalweg", "Havenstraat", "Dijkstraat",
        "Veldweg", "Bosweg", "Ringbaan", "Zuidsingel", "Noordsingel", "Merelstraat", "Groenstraat", "Koningsweg",
        "Spoorstraat", "Weverstraat", "Smidstraat", "Kapelstraat", "Poststraat", "Burgemeester Smitstraat",
        "Prins Hendrikstraat", "Zonnebloemstraat", "Lijsterbeslaan", "Sint Janstraat", "Vijverlaan",
    ]
    private static let belgianStreets = ["Kerkstraat", "Stationsstraat", "Nieuwstraat", "Dorpsstraat", "Molenstraat",
                                         "Kapelstraat", "Schoolstraat", "Veldstraat", "Beekstraat", "Kouter"]
    private static let germanStreets = ["Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Dorfstraße",
                                        "Kirchstraße", "Lindenstraße", "Bergstraße", "Goethestraße", "Schillerstraße"]

    /// Every street location, built once with a fixed seed so the map is the same for every run.
    static let dutchLocations: [StreetLocation] = locations(of: netherlands, commonStreets: dutchStreets, perCity: 10)
    static let belgianLocations: [StreetLocation] = locations(of: belgium, commonStreets: belgianStreets, perCity: 5)
    static let germanLocations: [StreetLocation] = locations(of: germany, commonStreets: germanStreets, perCity: 5)

    static let dutchTable = WeightedTable(dutchLocations.map { ($0, $0.city.weight) })
    static let belgianTable = WeightedTable(belgianLocations.map { ($0, $0.city.weight) })
    static let germanTable = WeightedTable(germanLocations.map { ($0, $0.city.weight) })

    private static func nl(_ name: String, _ postcodes: ClosedRange<Int>, _ areaCode: String, _ weight: Double,
                           _ ownStreets: [String]) -> City {
        City(name: name, country: .netherlands, postcodes: postcodes, areaCode: areaCode, weight: weight, ownStreets: ownStreets)
    }

    private static func locations(of cities: [City], commonStreets: [String], perCity: Int) -> [StreetLocation] {
        var rng = SplitMix64(seed: 0x5EED_57EE7)
        var result: [StreetLocation] = []
        for city in cities {
            var names = city.ownStreets
            var pool = commonStreets
            pool.shuffle(using: &rng)
            names += pool.prefix(perCity)
            for street in names {
                let digits = Int.random(in: city.postcodes, using: &rng)
                // Weight per street = city weight / streets, so big cities stay big.
                let share = City(name: city.name, country: city.country, postcodes: city.postcodes, areaCode: city.areaCode,
                                 weight: city.weight / Double(names.count), ownStreets: [])
                result.append(StreetLocation(street: street, city: share, postcodeDigits: digits, letterSeed: rng.next()))
            }
        }
        return result
    }
}
