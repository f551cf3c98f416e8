import Testing
@testable import ParityCore

/// Speaker turns in languages whose honorifics and titles no table lists,
/// known by the shape of the turns (`SpeakerLine.WordLearner`): the first
/// word of designations with a note in parentheses, repeated, and the
/// function and honorific of the masthead line naming the presiding officer.
@Suite struct ConstructedLearnedSpeakerWordTests {
    private func segment(_ text: String) -> [Block] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
    }

    @Test func constructedSlovakSummaryRecordLearnsFromTheMastheadAndTheNotes() {
        let text = """
        Konštruovaný stručný záznam

        Predsedníčka: pani Horváthová

        1. Predsedníčka privítala konštruovanú delegáciu.

        2. Pán Kováč (Ruritánia) povedal, že konštruovaná správa je hotová.

        3. Úrad otvoril 6 konštruovaných pobočiek.

        4. Pani Nováková sa spýtala, koľko sťažností úrad prijal.

        5. Pán Kováč (Ruritánia) povedal, že ich bolo 418.
        """
        let speakers = segment(text).filter { $0.kind == .paragraph }.map { $0.speaker ?? "-" }
        #expect(speakers == ["Predsedníčka", "Pán Kováč (Ruritánia)", "-", "Pani Nováková", "Pán Kováč (Ruritánia)"])
        #expect(!segment(text).contains { $0.kind == .speakerTurn })
    }

    /// The masthead "Voorzitter: Mevrouw Dupont (Freedonia)" (the country in parentheses, no dot leader) teaches the
    /// title, which the turns write after an article: "De Voorzitter (spreekt Engels):". A sentence with the article
    /// and the title but no colon is no turn.
    @Test func constructedDutchVerbatimTurnsWriteTheLearnedTitleAfterAnArticle() {
        let text = """
        Verenigde Naties

        Voorzitter: Mevrouw Dupont (Freedonia)

        De vergadering wordt om 10.05 uur geopend.

        De Voorzitter (spreekt Engels): Ik geef het woord aan de vertegenwoordiger van Ruritanië.

        Mevrouw Novak (Ruritanië) (spreekt Frans): Mijn land heeft 14 constructieduinen hersteld.

        De Voorzitter stelt voor de vergadering te schorsen.

        De Voorzitter: Het woord is aan Syldavië.
        """
        let blocks = segment(text)
        #expect(blocks.filter { $0.kind == .speakerTurn }.compactMap(\.label) == [
            "De Voorzitter (spreekt Engels):", "Mevrouw Novak (Ruritanië) (spreekt Frans):", "De Voorzitter:",
        ])
        #expect(!blocks.contains { $0.kind == .speakerTurn && $0.text.hasPrefix("Mevrouw Dupont") })
    }

    @Test(arguments: [("De Voorzitter", 3), ("Die Voorsitter", 4), ("Il Presidente", 3), ("Deze Voorzitter", nil), ("De voorzitter", nil),
                      ("Mevrouw Novak", nil)])
    func constructedArticleBeforeACapitalizedWord(_ text: String, _ expected: Int?) {
        #expect(SpeakerLine.articleEnd(Array(text.unicodeScalars)) == expected)
    }

    @Test func constructedPresidingLineWithTheCountryInParentheses() {
        let words = SpeakerLine.presidingLineWords(Array("Voorzitter: Mevrouw Dupont (Freedonia)".unicodeScalars))
        #expect(words == [Array("voorzitter".unicodeScalars), Array("mevrouw".unicodeScalars)])
        #expect(SpeakerLine.presidingLineWords(Array("Original: English (2026)".unicodeScalars)) == nil)
    }

    /// "Leder: Holm" names the presiding officer by one name, the shape of "Original: Engelsk": its function word
    /// is learned only when a later unit opens with it, as written or with a short ending, before a verb in lower case.
    @Test func constructedDanishOneNameMastheadLineTeachesTheTitleTheParagraphsOpenWith() {
        let text = """
        Konstrueret sammenfattende referat

        Original: Engelsk

        Leder: Holm

        1. Lederen bød delegationen velkommen.

        2. Delegationen fra Syldavien tog plads ved bordet.

        3. Original Engelsk tekst blev ikke rettet.

        4. Lederen takkede delegationen.
        """
        let speakers = segment(text).filter { $0.kind == .paragraph }.map { $0.speaker ?? "-" }
        #expect(speakers == ["Lederen", "-", "-", "Lederen"])
    }

    /// A unit that opens with another word, with the title before a name, or once with the title before a word
    /// in lower case (a case form, "Lederens forslag", "the Chair's proposal") teaches nothing.
    @Test func constructedOneNameMastheadLineWithoutAMatchingParagraphTeachesNothing() {
        let text = """
        Konstrueret sammenfattende referat

        Leder: Holm

        1. Ledelsen af projektet blev drøftet.

        2. Lederen Holm takkede delegationen.

        3. Lederens forslag blev vedtaget.
        """
        #expect(segment(text).filter { $0.kind == .paragraph }.allSatisfy { $0.speaker == nil })
    }

    /// A line of the same shape later ("Source: Eurostat" under two tables) confirms nothing.
    @Test func constructedRepeatedOneNameLinesTeachNothing() {
        let text = """
        Constructed report

        Source: Eurostat

        1. The constructed table shows 14 regions.

        Source: Eurostat

        2. The constructed figures rose by 3 per cent.
        """
        let blocks = segment(text)
        #expect(!blocks.contains { $0.kind == .speakerTurn })
        #expect(blocks.filter { $0.kind == .paragraph }.count == 2)
    }

    @Test(arguments: [("Ordförande: Lindqvist", "ordförande"), ("Leder: Holm (Danmark)", "leder"), ("Original: English", nil),
                      ("Distr.: General", nil), ("Leder: hr. Holm", nil), ("Sted: New York", nil)])
    func constructedOneNamePresidingLine(_ line: String, _ expected: String?) {
        #expect(SpeakerLine.presidingLineFunction(Array(line.unicodeScalars)).map { String(String.UnicodeScalarView($0)) } == expected)
    }

    @Test func constructedNorwegianVerbatimTurnsLearnTheirWordsFromTheNotes() {
        let text = """
        Konstruert ordrett referat

        Presidenten (talte engelsk): Jeg gir ordet til representanten for Ruritania.

        Fru Dahl (Ruritania) (talte fransk): Ruritania ønsker forslaget velkommen.

        Vi vil bidra med 1,2 millioner dollar.

        Presidenten (talte engelsk): Jeg gir ordet til representanten for Borduria.

        Fru Berg (Borduria): Borduria støtter forslaget.

        Presidenten: Det er ingen flere talere.
        """
        let turns = segment(text).filter { $0.kind == .speakerTurn }.compactMap(\.label)
        #expect(turns == ["Presidenten (talte engelsk):", "Fru Dahl (Ruritania) (talte fransk):", "Presidenten (talte engelsk):",
                          "Fru Berg (Borduria):", "Presidenten:"])
        #expect(segment(text).contains { $0.kind == .unnumberedParagraph && $0.parent == "sp2" })
    }

    /// One noted designation is no evidence; a colon line whose first word nothing taught is no turn.
    @Test func constructedLinesWithoutRepeatedEvidenceAreNoTurns() {
        let text = """
        Konstruert rapport

        Merknad (se vedlegg): tallene er foreløpige.

        Kilde: Konstruert statistikkbyrå.

        1. Utvalget (konstruert) vedtok rapporten.
        """
        #expect(!segment(text).contains { $0.kind == .speakerTurn })
        #expect(segment(text).filter { $0.kind == .paragraph }.allSatisfy { $0.speaker == nil })
    }

    /// A paragraph of a speech opening with an adverb and a note, "Saiki (miturut data resmi): …" ("Now (by the official
    /// figures): …"), names no one: read once with no name, its first word is learned only when its note shares a word
    /// with another designation's notes; this one shares none, and it opens no turn.
    @Test func constructedJavaneseSpeechParagraphWithANoteAndAColonIsNoTurn() {
        let text = """
        Pangarsa: Ibu Dupont (Freedonia)

        Rapat dibukak jam 10.05.

        Pangarsa (ngendika nganggo basa Inggris): Aku menehi wektu marang wakil Ruritania.

        Bapak Novak (Ruritania) (ngendika nganggo basa Prancis): Wiwit taun 2025 negaraku mbalekake 14 gumuk.

        Saiki (miturut data resmi): kurikulum pesisir diwulangake ing 40 sekolah.

        Ibu Petrova (Syldavia): Syldavia nyengkuyung rancangan resolusi iki.

        Pangarsa (ngendika nganggo basa Inggris): Kita wis krungu pamicara pungkasan.
        """
        let blocks = segment(text)
        #expect(blocks.filter { $0.kind == .speakerTurn }.compactMap(\.label) == [
            "Pangarsa (ngendika nganggo basa Inggris):", "Bapak Novak (Ruritania) (ngendika nganggo basa Prancis):",
            "Ibu Petrova (Syldavia):", "Pangarsa (ngendika nganggo basa Inggris):",
        ])
        #expect(blocks.contains { $0.kind == .unnumberedParagraph && $0.text.hasPrefix("Saiki (miturut") })
    }

    /// Hard-wrapped, a record whose presiding title stands once with no name and no masthead to teach it,
    /// "Ketua (berbicara dalam bahasa Inggris):", learns it: its note shares words with the other turns' notes.
    /// The speech paragraph "Hasilnya (menurut data Kementerian Air): …" shares none and stays in its turn.
    @Test func constructedIndonesianNamelessTitleIsLearnedByItsNoteAndASentenceIsNot() {
        let text = """
        Ketua (berbicara dalam bahasa Inggris): Saya memberikan kesempatan kepada
        wakil Ruritania.

        Bapak Novak (Ruritania) (berbicara dalam bahasa Prancis): Sejak tahun 2024
        negara saya telah memulihkan 37 mata air pegunungan.

        Hasilnya (menurut data Kementerian Air): 12.400 keluarga kini mengambil
        air bersih setiap hari.

        Ibu Petrova (Syldavia) (berbicara dalam bahasa Rusia): Syldavia mendukung
        rancangan resolusi ini.
        """
        let blocks = segment(text)
        #expect(blocks.filter { $0.kind == .speakerTurn }.compactMap(\.label) == [
            "Ketua (berbicara dalam bahasa Inggris):", "Bapak Novak (Ruritania) (berbicara dalam bahasa Prancis):",
            "Ibu Petrova (Syldavia) (berbicara dalam bahasa Rusia):",
        ])
        #expect(blocks.contains { $0.kind == .unnumberedParagraph && $0.text.hasPrefix("Hasilnya (menurut") })
    }

    /// The masthead names the presiding officer by a function of two words, article and title, "Az elnök: Vasquez
    /// asszony": the paragraphs that open with both words open the Chair's turns; the title after another word
    /// ("… az elnök meghívására …", "at the Chair's invitation") opens none.
    @Test func constructedHungarianSummaryRecordLearnsAFunctionOfTwoWords() {
        let text = """
        Összefoglaló jegyzőkönyv a 3188. ülésről

        Az elnök: Vasquez asszony

        1. A szildáv küldöttség az elnök meghívására helyet foglalt a Bizottság asztalánál.

        2. Az elnök üdvözölte a küldöttséget.

        3. Petrov úr (Szildávia) elmondta, hogy a Hivatal 418 panaszt kapott.

        4. Lindqvist asszony (országjelentéstevő) megkérdezte, hány panasz vonatkozott a lakhatásra.

        5. Adeyemi úr (a Bizottság tagja) megkérdezte, mikor értékelik a tervet.

        6. Az elnök elmondta, hogy a Bizottság holnap folytatja a párbeszédet.
        """
        let speakers = segment(text).filter { $0.kind == .paragraph }.map { $0.speaker ?? "-" }
        #expect(speakers == ["-", "Az elnök", "Petrov úr (Szildávia)", "Lindqvist asszony (országjelentéstevő)", "Adeyemi úr (a Bizottság tagja)", "Az elnök"])
    }

    /// A verbatim record whose masthead names its president by two words with one name after the colon ("Y Llywydd:
    /// Ahmed", a candidate only): a turn that opens with both words and a note confirms them; with the title in lower case
    /// after the article, "Az elnök (angolul beszél):" opens a turn once the masthead taught the two words.
    @Test func constructedVerbatimTurnsOfAPresidingFunctionOfTwoWords() {
        let welsh = """
        Y Cenhedloedd Unedig

        Y Llywydd: Ahmed

        Y Llywydd (siaradodd yn Saesneg): Rwy'n rhoi'r llawr i gynrychiolydd Rwritania.

        Mae Rwritania yn cefnogi'r penderfyniad drafft.

        Y Llywydd: Rydym wedi clywed y siaradwr olaf.
        """
        #expect(segment(welsh).filter { $0.kind == .speakerTurn }.compactMap(\.label) == ["Y Llywydd (siaradodd yn Saesneg):", "Y Llywydd:"])
        let hungarian = """
        Egyesült Nemzetek

        Az elnök: Salvi úr ........................ (Borduria)

        Az elnök (angolul beszél): Megadom a szót Ruritánia képviselőjének.

        Novak úr (Ruritánia) (franciául beszél): Ruritánia támogatja a határozattervezetet.

        Az elnök: Meghallgattuk az utolsó felszólalót.
        """
        #expect(segment(hungarian).filter { $0.kind == .speakerTurn }.compactMap(\.label) == [
            "Az elnök (angolul beszél):", "Novak úr (Ruritánia) (franciául beszél):", "Az elnök:",
        ])
    }

    @Test(arguments: [("Az elnök: Vasquez asszony", ["az elnök", "asszony"]), ("Y Cadeirydd: Ms Ahmed", ["y cadeirydd", "ms"]),
                      ("Eredeti nyelv: angol", nil), ("Original language: English and French", nil), ("Distr. General: Mr. Novak", nil),
                      ("Held at the Palais: Mr. Novak", nil)])
    func constructedPresidingLineOfTwoWords(_ line: String, _ expected: [String]?) {
        #expect(SpeakerLine.presidingLineWords(Array(line.unicodeScalars))?.map { String(String.UnicodeScalarView($0)) } == expected)
    }

    @Test func theMastheadLineShapes() {
        #expect(SpeakerLine.presidingLineWords(Array("Przewodnicząca: pani Kowalska".unicodeScalars))?.map { String(String.UnicodeScalarView($0)) }
            == ["przewodnicząca", "pani"])
        #expect(SpeakerLine.presidingLineWords(Array("Distr.: General".unicodeScalars)) == nil)
        #expect(SpeakerLine.presidingLineWords(Array("Original: Spanish and French".unicodeScalars)) == nil)
        #expect(SpeakerLine.notedDesignationWord(Array("G. Novak (Ruritania) rekao je da".unicodeScalars)).map { String(String.UnicodeScalarView($0)) } == "g.")
        #expect(SpeakerLine.notedDesignationWord(Array("The Working Group (WG) recommended".unicodeScalars)) == nil)
        #expect(SpeakerLine.notedDesignationWord(Array("Fru Dahl sa at".unicodeScalars)) == nil)
    }

    private func words(_ list: [[Unicode.Scalar]]?) -> [String]? {
        list?.map { String(String.UnicodeScalarView($0)) }
    }

    /// A verbatim masthead sets the country after a dot leader; the line still teaches its words,
    /// and an honorific after the name (Turkic) is taught alone.
    @Test func theMastheadLineWithADotLeaderAndAnHonorificAfterTheName() {
        #expect(words(SpeakerLine.presidingLineWords(Array("Voorsitter: mnr. Pretorius ............................ (Ruritanië)".unicodeScalars)))
            == ["voorsitter", "mnr."])
        #expect(words(SpeakerLine.presidingLineWords(Array("Төраға: Жомартов мырза ..................... (Руритания)".unicodeScalars))) == ["мырза"])
        #expect(SpeakerLine.presidingLineWords(Array("Original: English only".unicodeScalars)) == nil)
        let noted = SpeakerLine.notedDesignation(Array("Жомартов мырза (Руритания) (орыс тілінде сөйледі): Рақмет.".unicodeScalars))
        #expect(noted.map { String(String.UnicodeScalarView($0.word)) } == "жомартов")
        #expect(noted?.honorificAfterName.map { String(String.UnicodeScalarView($0)) } == "мырза")
        #expect(noted?.endsWithColon == true)
        #expect(noted?.length == "Жомартов мырза (Руритания) (орыс тілінде сөйледі)".unicodeScalars.count)
        // A note with a figure is a reference, not a speaker's country or function.
        #expect(SpeakerLine.notedDesignation(Array("Valiokunta (A/82/5) totesi, että".unicodeScalars)) == nil)
    }

    /// Afrikaans: the chair's turns carry no note; only the masthead line, before its dot leader, teaches the title and the honorific.
    @Test func constructedAfrikaansVerbatimLearnsThePresidentFromTheMastheadBeforeItsDotLeader() {
        let text = """
        Gekonstrueerde woordelikse verslag

        Voorsitter: mnr. Pretorius ............................ (Ruritanië)

        Voorsitter: Ek gee die woord aan die verteenwoordiger van Sildavië.

        Mnr. Nel (Sildavië): Sildavië steun die voorstel.

        Voorsitter: Daar is geen verdere sprekers nie.
        """
        let turns = segment(text).filter { $0.kind == .speakerTurn }.compactMap(\.label)
        #expect(turns == ["Voorsitter:", "Mnr. Nel (Sildavië):", "Voorsitter:"])
        // The masthead line wrapped before its dot leader, or after it, teaches the same.
        for wrapped in ["Voorsitter: mnr. Pretorius\n............................ (Ruritanië)",
                        "Voorsitter: mnr. Pretorius ............................\n(Ruritanië)"] {
            let rewrapped = text.replacingOccurrences(of: "Voorsitter: mnr. Pretorius ............................ (Ruritanië)", with: wrapped)
            #expect(segment(rewrapped).filter { $0.kind == .speakerTurn }.compactMap(\.label) == turns)
        }
    }

    /// Kazakh: the honorific follows the name; learned from the turns that repeat it, it opens a turn.
    @Test func constructedKazakhVerbatimHonorificsAfterTheName() {
        let text = """
        Құрастырылған стенографиялық есеп

        Жомартов мырза (Руритания) (орыс тілінде сөйледі): Руритания жобаны қолдайды.

        Әлиева ханым (Сильдавия): Сильдавия 12 миллион доллар бөледі.

        Бекк мырза (Бордурия) (француз тілінде сөйледі): Бордурия да қолдайды.

        Бұл құрастырылған мәтін.
        """
        let turns = segment(text).filter { $0.kind == .speakerTurn }.compactMap(\.label)
        #expect(turns == ["Жомартов мырза (Руритания) (орыс тілінде сөйледі):", "Әлиева ханым (Сильдавия):",
                          "Бекк мырза (Бордурия) (француз тілінде сөйледі):"])
    }

    /// Estonian names speakers by surname alone: three noted designations make a record of turns,
    /// in which such a head opens a turn whatever its first word; a reference in parentheses opens none.
    @Test func constructedEstonianSummaryRecordNamesSpeakersBySurnameAlone() {
        let text = """
        Konstrueeritud kokkuvõtlik protokoll

        1. Tamm (Ruritaania) ütles, et riigis on 12 000 köiepunujat.

        2. Aru (raportöör) küsis, kui palju kaebusi esitati.

        3. Komitee (A/82/5) märkis, et andmed on puudulikud.

        4. Kask (Ruritaania) vastas, et kaebusi oli 57.
        """
        let speakers = segment(text).filter { $0.kind == .paragraph }.map { $0.speaker ?? "-" }
        #expect(speakers == ["Tamm (Ruritaania)", "Aru (raportöör)", "-", "Kask (Ruritaania)"])
        // Two such heads are no record.
        let fewer = segment(text.components(separatedBy: "\n\n4.").first!)
        #expect(fewer.filter { $0.kind == .paragraph }.allSatisfy { $0.speaker == nil })
    }
}
