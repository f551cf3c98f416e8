import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Dates whose month is written in its format (genitive) form, as CLDR
/// gives it beside the stand-alone form (`scripts/generate-cldr-tables.swift`
/// takes both): Croatian `travnja`, Czech `dubna`, Polish `kwietnia`,
/// Russian `апреля`, Ukrainian `квітня`, Greek `Απριλίου`, Lithuanian
/// `balandžio` (the year first, then the month and the day: `2027 m.
/// balandžio 2 d.`, as Hungarian writes `2027. április 2-án`), each read as
/// the whole date and equal to `2 April 2027`; another day is a difference
/// of dates. Bosnian writes `2. aprila 2027` where CLDR gives only `april`
/// (its format and stand-alone forms are one): the genitive is read between
/// the day and the year as a case ending on the month's stem
/// (``MonthInflection``; more in `ConstructedInflectedMonthTests`).
/// Constructed passages.
@Suite struct ConstructedGenitiveMonthDateTests: NumberTextComparing {
    static let genitiveDates: [(code: String, text: String)] = [
        ("hr", "Sastanak je održan 2. travnja 2027."),
        ("cs", "Zasedání se konalo 2. dubna 2027."),
        ("pl", "Posiedzenie odbyło się 2 kwietnia 2027 r."),
        ("ru", "Заседание состоялось 2 апреля 2027 года."),
        ("uk", "Засідання відбулося 2 квітня 2027 року."),
        ("el", "Η συνεδρίαση πραγματοποιήθηκε στις 2 Απριλίου 2027."),
        ("lt", "Posėdis įvyko 2027 m. balandžio 2 d."),
        ("hu", "Az ülésre 2027. április 2-án került sor."),
        ("sk", "Zasadnutie sa konalo 2. apríla 2027."),
        ("bs", "Sastanak je održan 2. april 2027."),
    ]

    @Test(arguments: genitiveDates.map(\.code))
    func constructedGenitiveMonthReadsTheWholeDate(_ code: String) throws {
        let text = try #require(Self.genitiveDates.first { $0.code == code }).text
        #expect(dates(code, text) == ["2027-04-02"])
        #expect(compare(code, text, "The meeting was held on 2 April 2027.") == nil)
        let other = compare(code, text, "The meeting was held on 3 April 2027.")
        #expect(other?.severity == .error)
        #expect(other?.onlyPivot.map(\.canonical) == ["2027-04-02"])
    }

    @Test func constructedBosnianGenitiveIsReadBetweenDayAndYear() {
        #expect(dates("bs", "Sastanak je održan 2. aprila 2027.") == ["2027-04-02"])
        #expect(compare("bs", "Sastanak je održan 2. aprila 2027.", "The meeting was held on 2 April 2027.") == nil)
        #expect(compare("bs", "Sastanak je održan 2. aprila 2027.", "The meeting was held on 2 May 2027.")?.severity == .error)
    }
}
