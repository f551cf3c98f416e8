import Testing
@testable import ParityCore

/// Turns a record teaches by the turns already found in it: an honorific read with a note opens later turns without
/// one (`HonorificTurn`), a form of the masthead's presiding title opens turns when the record writes it so
/// (`TitleForm`), and a verbatim record's label line alone on its line opens a turn when its name recurs or is the
/// presiding title (`LabelLineTurn`). Constructed sentences in Lithuanian, Tamil and Hebrew; documents
/// `dev/summary-kilnburners` (lt, ta) and `dev/verbatim-bargeboards` (lt, he).
@Suite struct LearnedTurnFormTests {
    private func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }
    private func words(_ list: String...) -> Set<[Unicode.Scalar]> { Set(list.map { Array($0.unicodeScalars) }) }
    private func segment(_ text: String) -> [Block] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
    }

    @Test(arguments: [("pirmininkė", "pirmininkas", true), ("pirmininkės", "pirmininkas", true), ("pirmininkas", "pirmininkas", true),
                      ("pirmininkauti", "pirmininkas", false), ("தலைவி", "தலைவர்", true), ("הנשיאה", "הנשיא", true),
                      ("ponia", "pirmininkas", false), ("chairs", "chair", true), ("chairperson", "chair", false), ("cha", "chair", false)])
    func aTitleFormDiffersInItsLastLettersOnly(_ word: String, _ title: String, _ expected: Bool) {
        #expect(TitleForm.matches(scalars(word), title: scalars(title)) == expected)
    }

    @Test(arguments: [("Pirmininkas: Okafor (Syldavija)", "pirmininkas"), ("Pirmininkas: Okafor ............. (Syldavija)", "pirmininkas"),
                      ("הנשיא: סאלווי (בורדוריה)", "הנשיא"), ("Przewodnicząca: pani Kowalska", "przewodnicząca"),
                      ("Vice-Pirmininkas: Okafor (Syldavija)", "vice-pirmininkas"), ("Original: English", nil), ("Pirmininkė pasakė, kad komitetas tęs dialogą.", nil)])
    func theMastheadLineNamesThePresidingTitle(_ line: String, _ expected: String?) {
        #expect(TitleForm.presidingTitle(scalars(line)).map { String(String.UnicodeScalarView($0)) } == expected)
    }

    @Test func aTitleFormOpensATurnOnlyWhereTheRecordWritesItSo() {
        let shape = TurnShape(wordsAfterDesignations: words("pasakė"), titleForms: words("pirmininkė"))
        #expect(TitleForm.designationLength(scalars("Pirmininkė pasakė, kad komitetas tęs dialogą."), shape: shape) == 10)
        // The genitive is no form the record's turns open with; a capitalized word after the title is no verb.
        #expect(TitleForm.designationLength(scalars("Pirmininkės kvietimu delegacija užėmė vietas."), shape: shape) == nil)
        #expect(TitleForm.designationLength(scalars("Pirmininkė Okafor pasakė, kad …"), shape: shape) == nil)
        // A hyphenated title is one word.
        let vice = TurnShape(wordsAfterDesignations: words("pasakė"), titleForms: words("vice-pirmininkė"))
        #expect(TitleForm.designationLength(scalars("Vice-Pirmininkė pasakė, kad …"), shape: vice) == 15)
    }

    @Test func anHonorificReadWithANoteOpensATurnWithout() {
        let text = scalars("Ponas Kovač (Borduria) pasakė, kad 2027 m. dirbo 7 400 žmonių.")
        #expect(HonorificTurn.honorific(text) == scalars("ponas"))
        // A surname alone before the note teaches no honorific.
        #expect(HonorificTurn.honorific(scalars("Lindgren (šalies darbo grupė) paklausė, ar …")) == nil)
        let honorifics = words("ponas", "திருமதி")
        #expect(HonorificTurn.designationLength(scalars("Ponas Kovač pridūrė, kad buvo atidaryti 3 skyriai."), honorifics: honorifics) == 11)
        #expect(HonorificTurn.designationLength(scalars("Ponas Jonas Kovač taip pat paklausė."), honorifics: honorifics) == 17)
        // A capitalized word that is no honorific the record taught, or an honorific with no name after it, opens none.
        #expect(HonorificTurn.designationLength(scalars("Lygybės tarnyba gavo 416 skundų."), honorifics: honorifics) == nil)
        #expect(HonorificTurn.designationLength(scalars("Ponas pasakė, kad …"), honorifics: honorifics) == nil)
        // A script without case: the name is the word after the honorific.
        #expect(HonorificTurn.designationLength(scalars("திருமதி அமாடி குழந்தைத் தொழிலாளர் குறித்துக் கேட்டார்."), honorifics: honorifics)
            == "திருமதி அமாடி".unicodeScalars.count)
    }

    @Test func aFormOfALearnedHonorificOpensATurnToo() {
        // The feminine or another case adds a letter or two to the honorific a noted turn taught: `ܡܪ` / `ܡܪܬ`,
        // `Pan` / `Pani`, `Señor` / `Señora`.
        let honorifics = words("ܡܪ", "pan", "señor")
        #expect(HonorificTurn.designationLength(scalars("ܡܪܬ ܐܕܝܒܐܝܘ ܐܡܝܪܬܠܗ̇ ܕܗܝ ܡܩܒܠܐ ܠܡܘܕܥܢܘܬܐ."), honorifics: honorifics)
            == "ܡܪܬ ܐܕܝܒܐܝܘ".unicodeScalars.count)
        #expect(HonorificTurn.designationLength(scalars("Pani Kowalska zapytała, czy rząd …"), honorifics: honorifics) == 13)
        #expect(HonorificTurn.designationLength(scalars("Señora Álvarez dijo que su país …"), honorifics: honorifics) == 14)
        // A word that only begins with the honorific's letters, three letters or more beyond it, opens none.
        #expect(HonorificTurn.designationLength(scalars("Panelu Kowalska zapytała, czy …"), honorifics: honorifics) == nil)
        #expect(HonorificTurn.designationLength(scalars("Señorita Álvarez dijo que …"), honorifics: honorifics) == nil)
    }

    @Test func aLithuanianSummaryRecordLearnsItsHonorificsAndTheTitleForm() {
        let text = """
        Jungtinės Tautos
        CERD/C/SR.3291
        Distr.: General

        Pirmininkas: Okafor (Syldavija)

        1. Pirmininkės kvietimu Bordurijos delegacija užėmė vietas prie komiteto stalo.

        2. Pirmininkė pasveikino delegaciją.

        3. Ponas Kovač (Borduria) pasakė, kad jo šalyje dirbo 7 400 žmonių.

        4. Ponia Amadi (šalies pranešėja) paklausė, kiek skundų buvo gauta.

        5. Lindgren (šalies darbo grupė) paklausė apie 14 straipsnį.

        6. Ponas Kovač pridūrė, kad buvo atidaryti 3 skyriai.

        7. Lygybės tarnyba gavo 416 skundų.

        8. Pirmininkė pasakė, kad komitetas tęs dialogą.
        """
        let speakers = segment(text).filter { $0.kind == .paragraph }.map { $0.speaker ?? "-" }
        #expect(speakers == ["-", "Pirmininkė", "Ponas Kovač (Borduria)", "Ponia Amadi (šalies pranešėja)", "Lindgren (šalies darbo grupė)",
                             "Ponas Kovač", "-", "Pirmininkė"])
    }

    @Test func aHebrewVerbatimRecordOpensTurnsWithItsRecurringLabels() {
        let text = """
        האומות המאוחדות
        A/83/PV.31

        הנשיא: סאלווי (בורדוריה)

        הנשיא:
        אני נותן כעת את רשות הדיבור לנציגת סילדביה.

        פטרובה (סילדביה) (דיברה באנגלית):
        מאז 2025 שיקמה ארצי 46 כבשנים ישנים.

        היעדים שלנו לשנים הבאות:
        להכפיל את מספר הסדנאות עד 2030.

        נובאק (רוריטניה):
        רוריטניה תממן 20 אחוז מעלות התוכנית.

        פטרובה:
        אני מודה לנציג רוריטניה.
        """
        let turns = segment(text).filter { $0.kind == .speakerTurn }.compactMap(\.label)
        #expect(turns == ["הנשיא:", "פטרובה (סילדביה) (דיברה באנגלית):", "נובאק (רוריטניה):", "פטרובה:"])
    }

    @Test func aPresidingLineWrappedOverItsLeaderStillNamesTheTitle() {
        let text = """
        Jungtinės Tautos
        A/83/PV.44

        Pirmininkas: Okafor
        ........................................
        (Syldavija)

        Pirmininkė:
        Dabar suteikiu žodį Bordurijos atstovui.

        Ponas Kovač (Borduria) (kalbėjo prancūziškai):
        Nuo 2025 m. mano šalis atnaujino 52 senas degimo krosnis.

        Ponia Petraitienė (Ruritanija):
        Ruritanija finansuos 15 procentų programos išlaidų.
        """
        let turns = segment(text).filter { $0.kind == .speakerTurn }.compactMap(\.label)
        #expect(turns == ["Pirmininkė:", "Ponas Kovač (Borduria) (kalbėjo prancūziškai):", "Ponia Petraitienė (Ruritanija):"])
    }

    @Test func aDesignationWrappedAfterItsNoteIsStillRead() {
        let text = """
        ஐக்கிய நாடுகள்
        E/C.12/2028/SR.57

        1. திருவாளர் கோவாச் (சில்டாவியா) கூறியதாவது,
        2027 ஆம் ஆண்டில் 5,300 தொழிலாளர்கள் பணிபுரிந்தனர்.

        2. திருமதி அமாடி (நாட்டு அறிக்கையாளர்)
        கேட்டதாவது, எத்தனை பேர் பாதுகாப்புப் பெறுகின்றனர்?

        3. லிண்ட்கிரென் (நாட்டுப் பணிக்குழு) கேட்டதாவது,
        2026 இல் எத்தனை சூளைகள் மூடப்பட்டன?

        4. திருமதி அமாடி குழந்தைத் தொழிலாளர் குறித்த
        புள்ளிவிவரங்களையும் கோரினார்.
        """
        let speakers = segment(text).filter { $0.kind == .paragraph }.map { $0.speaker ?? "-" }
        #expect(speakers == ["திருவாளர் கோவாச் (சில்டாவியா)", "திருமதி அமாடி (நாட்டு அறிக்கையாளர்)", "லிண்ட்கிரென் (நாட்டுப் பணிக்குழு)", "திருமதி அமாடி"])
    }

    /// Under a masthead printed as `pdftotext -layout` prints it (the text is read as PDF-extracted), a label line
    /// without notes ("President:") alone on its line goes on into its speech when the record names the speaker so
    /// again (the label recurs, the masthead's presiding line opens with it); before, each such label stood as a title
    /// line or an unnumbered paragraph of the previous turn.
    @Test func aLabelLineUnderAPrintedMastheadOpensItsTurn() {
        let text = """
        United Nations                                        A/97/PV.61
        General Assembly                                      Official Records
        Ninety-seventh session

        61st plenary meeting
        Tuesday, 14 October 2042, 10 a.m.
        New York

        President: Ms. Dupont (Freedonia)

        The meeting was called to order at 10.05 a.m.

        Agenda item 71
        Protection of the constructed bellringing crafts

        President:
        The Assembly will now hear the representative of Ruritania.

        Mr. Novak (Ruritania):
        In my country, some 1,600 ringers work in 212 churches.

        Mr. Haddad (Syldavia) (spoke in French):
        Syldavia is ready to host a meeting on bellringing in 2043.

        President:
        The Assembly has thus concluded this stage of its consideration of agenda item 71.

        The meeting rose at 11.20 a.m.
        """
        let turns = segment(text).filter { $0.kind == .speakerTurn }.compactMap(\.label)
        #expect(turns == ["President:", "Mr. Novak (Ruritania):", "Mr. Haddad (Syldavia) (spoke in French):", "President:"])
    }

    @Test func aLabelLineOfASpeechOrOfARecordWithoutNotedTurnsOpensNone() {
        // No noted designation ends with a colon: "Source:" twice in a report is no turn.
        let report = """
        Report of the Working Group

        Source:
        Ministry of Kilns, 2027.

        Source:
        Ministry of Lime, 2028.
        """
        #expect(!segment(report).contains { $0.kind == .speakerTurn })
    }
}
