import ParityTestSupport
import Testing
@testable import ParityCore

/// Records as their layouts print them (constructed texts, not UN documents): the
/// record's editorial note in the masthead or at the foot of the first page or cover,
/// and the correction note after a summary record's last paragraph, are front or back
/// matter in any language; a designation alone on its line opens a turn whatever the
/// script; a designation the layout breaks before its interpretation note is one.
@Suite struct ConstructedRecordNoteTests {
    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    private func turns(_ document: Document) -> [String] {
        document.blocks.filter { $0.kind == .speakerTurn }.compactMap(\.label)
    }

    @Test func designationAloneOnItsLineInAnyScript() {
        #expect(SpeakerLine.isDesignationAlone(Array("Predsednik:".unicodeScalars)))
        #expect(SpeakerLine.isDesignationAlone(Array("ಅಧ್ಯಕ್ಷರು:".unicodeScalars)))
        #expect(SpeakerLine.isDesignationAlone(Array("தலைவர்:".unicodeScalars)))
        #expect(SpeakerLine.isDesignationAlone(Array("G. Novak (Ruritanija) (govori francosko):".unicodeScalars)))
        #expect(SpeakerLine.isDesignationAlone(Array("Новак әфәнде (Руритания):".unicodeScalars)))
        // A sentence that ends with a colon, a figure, a dot leader or text after the colon names no speaker.
        #expect(!SpeakerLine.isDesignationAlone(Array("The President said:".unicodeScalars)))
        #expect(!SpeakerLine.isDesignationAlone(Array("Decides as follows:".unicodeScalars)))
        #expect(!SpeakerLine.isDesignationAlone(Array("Table 2 (2026):".unicodeScalars)))
        #expect(!SpeakerLine.isDesignationAlone(Array("Predsednik: g. Novak".unicodeScalars)))
    }

    @Test func constructedWrappedKannadaRecordOpensEveryTurn() {
        let speech = "ರುರಿಟಾನಿಯಾದ ಪ್ರತಿನಿಧಿಗೆ ನಾನು ಈಗ ಮಾತನಾಡಲು ಅವಕಾಶ ನೀಡುತ್ತೇನೆ ಮತ್ತು ಎಲ್ಲಾ\nಭಾಷಣಕಾರರು ತಮ್ಮ ಹೇಳಿಕೆಗಳನ್ನು ಸಂಕ್ಷಿಪ್ತವಾಗಿ ಇಡಬೇಕೆಂದು ವಿನಂತಿಸುತ್ತೇನೆ.\n\n"
        let text = "ನಿರ್ಮಿತ ದಾಖಲೆ\nA/82/PV.23\n\n"
            + "ಅಧ್ಯಕ್ಷರು:\n" + speech
            + "ಶ್ರೀ. ನೋವಾಕ್ (ರುರಿಟಾನಿಯಾ) (ಫ್ರೆಂಚ್ ಭಾಷೆಯಲ್ಲಿ ಮಾತನಾಡಿದರು):\n" + speech
            + "ಅಧ್ಯಕ್ಷರು:\n" + speech
            + "ಶ್ರೀಮತಿ ಪೆಟ್ರೋವಾ (ಸಿಲ್ಡಾವಿಯಾ):\n" + speech
            + "ಶ್ರೀ. ಹದ್ದಾದ್ (ಫ್ರೀಡೋನಿಯಾ) (ಅರೇಬಿಕ್ ಭಾಷೆಯಲ್ಲಿ ಮಾತನಾಡಿದರು):\n" + speech
            + "ಅಧ್ಯಕ್ಷರು:\n" + speech
        let document = segment(text)
        #expect(turns(document) == ["ಅಧ್ಯಕ್ಷರು:", "ಶ್ರೀ. ನೋವಾಕ್ (ರುರಿಟಾನಿಯಾ) (ಫ್ರೆಂಚ್ ಭಾಷೆಯಲ್ಲಿ ಮಾತನಾಡಿದರು):", "ಅಧ್ಯಕ್ಷರು:",
                                    "ಶ್ರೀಮತಿ ಪೆಟ್ರೋವಾ (ಸಿಲ್ಡಾವಿಯಾ):", "ಶ್ರೀ. ಹದ್ದಾದ್ (ಫ್ರೀಡೋನಿಯಾ) (ಅರೇಬಿಕ್ ಭಾಷೆಯಲ್ಲಿ ಮಾತನಾಡಿದರು):", "ಅಧ್ಯಕ್ಷರು:"])
        // Each turn's speech is one paragraph of the turn: no unit stands outside a turn.
        #expect(document.blocks.filter { $0.kind == .unnumberedParagraph }.isEmpty)
    }

    @Test func constructedMastheadNoteOfARecordIsFrontMatter() {
        let note = "Dieses Protokoll enthält den Wortlaut der auf Deutsch gehaltenen Reden und die Übersetzung der anderen Reden. "
            + "Berichtigungen sind nur zum Originaltext der Reden einzureichen."
        let text = "Konstruiertes Protokoll\nA/82/PV.17\n\n" + note + "\n\nDie Sitzung wird um 10.05 Uhr eröffnet.\n\n"
            + "Der Präsident (spricht Englisch): Ich erteile dem Vertreter Ruritaniens das Wort.\n\n"
            + "Herr Novak (Ruritania) (spricht Französisch): Seit 2025 hat mein Land 14 Torfmoore wiederhergestellt.\n"
        let document = segment(text)
        let noteBlock = document.blocks.first { $0.text.hasPrefix("Dieses Protokoll") }
        #expect(noteBlock?.kind == .title)
        #expect(turns(document).count == 2)
        // The same note in a document that is no record (no PV or SR symbol) is running text.
        let letter = segment("Konstruierter Brief\nA/82/417\n\n" + note + "\n")
        #expect(letter.blocks.first { $0.text.hasPrefix("Dieses Protokoll") }?.kind == .unnumberedParagraph)
    }

    @Test func constructedPagedRecordNoteWithoutAddressIsFurniture() {
        let page1 = "Konstruirana zapisnik                                         A/82/PV.17\nGeneralna skupščina\n\n"
            + "          Predsednik\n          (govori angleško): Besedo dajem predstavniku Ruritanije in\n"
            + "          vse govornike prosim, naj bodo njihove izjave kratke.\n\n"
            + "          G. Novak (Ruritanija)\n          (govori francosko): Od leta 2024 je moja država obnovila\n"
            + "          38 riževih teras in zgradila nove namakalne kanale, do konca\n\n\n\n"
            + "Ta zapisnik vsebuje besedilo govorov v slovenščini in prevod drugih govorov. Popravki se predložijo\n"
            + "samo k izvirnemu besedilu govorov. Popravljeni zapisniki bodo ponovno izdani v elektronski obliki.\n\n"
            + "27-30417 (S)\n*2730417*\n"
        let page2 = "A/82/PV.17                     Generalna skupščina                     13/10/2027\n\n"
            + "          leta 2028 pa bomo obnovili še šest teras.\n\n"
            + "          Predsednik\n          (govori angleško): Slišali smo zadnjega govornika v razpravi.\n\n"
            + "2/2                                                                 27-30417\n"
        let document = segment(page1 + "\u{0C}" + page2)
        #expect(turns(document) == ["Predsednik (govori angleško):", "G. Novak (Ruritanija) (govori francosko):", "Predsednik (govori angleško):"])
        // The note is furniture, no paragraph of a turn.
        #expect(!document.blocks.contains { $0.kind != .pageFurniture && $0.text.contains("Popravki") })
        // Mr. Novak's speech, cut by the page break, goes on across the running header: one block of his turn.
        let novak = document.blocks.first { $0.label?.hasPrefix("G. Novak") == true }
        #expect(novak?.text.contains("do konca leta 2028 pa bomo") == true)
        #expect(!document.blocks.contains { $0.kind != .speakerTurn && $0.text.hasPrefix("leta 2028") })
    }

    /// A Macedonian record as pdftotext prints two pages: turns indented one under the other with no blank line, the
    /// editorial note one blank line under them and as indented, job number `27-35120 (MK)`; Mr. Haddad's turn runs
    /// over the page break and its running header (symbol, organ, date).
    @Test func constructedMacedonianPagedRecordWithUnbrokenTurns() throws {
        let bytes = try RepositoryPaths.fixtureBytes("constructed-documents/dev/verbatim-lighthouses.constructed.mk.txt")
        let document = segment(String(decoding: bytes, as: UTF8.self))
        let labels = turns(document)
        #expect(labels.count == 5)
        #expect(labels.first?.hasPrefix("Претседател") == true)
        // The note is furniture, not the end of the fourth turn.
        #expect(!document.blocks.contains { $0.kind != .pageFurniture && $0.text.contains("Исправките") })
        let haddad = document.blocks.first { $0.label?.hasPrefix("Г. Хадад") == true }
        #expect(haddad?.text.hasSuffix("солидарноста и на заедничките напори за заштита на крајбрежјето.") == true)
        #expect(!document.blocks.contains { $0.text.contains("27-35120") && $0.kind != .pageFurniture })
    }

    /// A job number with a two-letter language code is a printing mark, as one with a letter is.
    @Test func jobNumberWithATwoLetterLanguageCode() {
        #expect(PrintingMark.isPrintingMarkLine("27-41230 (SV)"))
        #expect(PrintingMark.isPrintingMarkLine("26-12345 (NL)  140526  150526"))
        #expect(PrintingMark.isPrintingMarkLine("GE.26-12345(SV)"))
        #expect(PrintingMark.isPrintingMarkLine("27-35120 (R)"))
        #expect(!PrintingMark.isPrintingMarkLine("27-35120 (ABCD)"))
        #expect(!PrintingMark.isPrintingMarkLine("27-35120 (sv)"))
    }

    /// A summary record in clean text: the correction note after the closing line is furniture, no paragraph; a
    /// Dutch designation with an article before the honorific ("De heer Novak (Borduria) zei …") opens a turn.
    @Test func constructedCleanSummaryRecordEndNoteAndArticleBeforeHonorific() throws {
        let bytes = try RepositoryPaths.fixtureBytes("constructed-documents/dev/summary-saltworks.constructed.nl.txt")
        let document = segment(String(decoding: bytes, as: UTF8.self))
        #expect(!document.blocks.contains { $0.kind != .pageFurniture && $0.text.hasPrefix("Dit verslag kan worden gecorrigeerd") })
        #expect(document.blocks.contains { $0.kind != .pageFurniture && $0.text.contains("17.55 uur gesloten") })
        let speakers = document.blocks.filter { $0.kind == .paragraph }.map { $0.speaker ?? "" }
        #expect(speakers.count == 6)
        #expect(speakers[1] == "De heer Novak (Borduria)")
        #expect(speakers[4] == "De heer Novak (Borduria)")
        #expect(speakers[0] == "" && speakers[2] == "")
        // The same note in a record that is no summary record's end (a numbered paragraph follows it) stays text.
        let text = String(decoding: bytes, as: UTF8.self) + "\n7. De Voorzitter sloot de vergadering.\n"
        let reopened = segment(text)
        #expect(reopened.blocks.contains { $0.kind != .pageFurniture && $0.text.hasPrefix("Dit verslag kan worden gecorrigeerd") })
    }

    /// A terse correction note (two short sentences, under 100 scalars) right under a summary record's closing line is
    /// back matter too; a closing line alone after the last paragraph, with two full stops, stays text. Constructed
    /// text (Spanish wording made for the test).
    @Test func constructedShortCorrectionNoteUnderTheClosingLineIsBackMatter() {
        let body = "Comisión construida\nE/C.12/2027/SR.14\n\nSe declara abierta la sesión a las 10.05 horas.\n\n"
            + "1. El Presidente da la bienvenida a la delegación de Borduria.\n\n"
            + "2. La Sra. Novak (Borduria) dice que su país cuenta con 2.450 talleres de sal.\n\n"
            + "3. El Presidente agradece a la delegación el diálogo constructivo.\n\n"
            + "Se levanta la sesión a las 13.00 horas.\n"
        let note = "Esta acta puede corregirse. Las correcciones se envían en un idioma de trabajo en una semana."
        #expect(note.unicodeScalars.count < RecordNote.maximumClosingLineLength)
        let document = segment(body + "\n" + note + "\n")
        #expect(document.blocks.first { $0.text == note }?.kind == .pageFurniture)
        #expect(document.blocks.first { $0.text.hasPrefix("Se levanta la sesión") }?.kind == .unnumberedParagraph)
        // Without the note, the closing line is the last block and stays text.
        let closing = segment(body)
        #expect(closing.blocks.first { $0.text.hasPrefix("Se levanta la sesión") }?.kind == .unnumberedParagraph)
    }

    /// A verbatim record whose note is one sentence: the note, the opening time line, the agenda item and its title,
    /// unlabelled before the first turn, are its masthead, not paragraphs, as in a version that sets them one a line
    /// with no note. Constructed text.
    @Test func constructedVerbatimMastheadBeforeTheFirstTurnIsFrontMatter() {
        let text = "United Nations\tA/82/PV.31\n\nGeneral Assembly\nEighty-second session\n31st plenary meeting\n\n"
            + "This record holds the speeches delivered in English and the interpretation of the other speeches.\n\n"
            + "The meeting was called to order at 3.05 p.m.\n\nAgenda item 71\n\nCulture of peace: puppeteers and mummers\n\n"
            + "The President: I give the floor to the representative of Ruritania.\n\n"
            + "Mr. Novak (Ruritania): My country counts 1,310 puppeteers.\n\n"
            + "The President: The Assembly has concluded its consideration of agenda item 71.\n"
        let document = segment(text)
        #expect(document.blocks.filter { $0.kind == .unnumberedParagraph }.isEmpty, "\(document.blocks.map { "\($0.kind) \($0.text)" })")
        #expect(turns(document).count == 3)
        // In a document that is no record the same sentence is running text.
        let letter = segment(text.replacingOccurrences(of: "A/82/PV.31", with: "A/82/417"))
        #expect(letter.blocks.contains { $0.kind == .unnumberedParagraph && $0.text.hasPrefix("This record holds") })
    }

    @Test func articleBeforeHonorificInANotedDesignation() {
        #expect(SpeakerLine.notedDesignationWord(Array("De heer Novak (Ruritanië) zei dat …".unicodeScalars)) == Array("de heer".unicodeScalars))
        #expect(SpeakerLine.notedDesignationWord(Array("Het lid Haddad (landenrapporteur) vroeg …".unicodeScalars)) == Array("het lid".unicodeScalars))
        // No name after the lower-case word, or a capitalized second word: no article and honorific.
        #expect(SpeakerLine.notedDesignationWord(Array("De regering (van Ruritanië) zei …".unicodeScalars)) == nil)
        #expect(SpeakerLine.notedDesignationWord(Array("The Working Group (WG) recommended …".unicodeScalars)) == nil)
        // An abbreviated honorific before an article stays the speaker word ("M. le Président").
        #expect(SpeakerLine.notedDesignationWord(Array("M. le Président (parle en anglais): …".unicodeScalars)) != Array("m. le".unicodeScalars))
    }

    @Test func constructedSummaryRecordCorrectionNoteAfterTheLastParagraphIsBackMatter() {
        let page1 = "Ata resumida construída                                   E/C.12/2027/SR.12\n\n"
            + "Presidente:  Sra. Lindqvist .................................. (Sildávia)\n\n27-08815 (P)\n*2708815*\n"
        let page2 = "E/C.12/2027/SR.12\n\n"
            + "1.        A Presidente deu as boas-vindas à delegação da Ruritânia e\n          convidou-a a apresentar o relatório.\n\n"
            + "2.        O Sr. Novak (Ruritânia) disse que tinham sido construídas\n          12 500 novas habitações sociais desde 2023.\n\n"
            + "          A sessão é encerrada às 12h55.\n\n\n\n"
            + "A presente ata está sujeita a correções. As correções devem ser apresentadas numa das línguas de\n"
            + "trabalho. As eventuais correções serão reunidas num único corrigendo.\n\n"
            + "2/2                                                                 27-08815\n"
        let document = segment(page1 + "\u{0C}" + page2)
        #expect(document.blocks.filter { $0.kind == .paragraph }.count == 2)
        #expect(!document.blocks.contains { $0.kind != .pageFurniture && $0.text.contains("correções") })
        #expect(document.blocks.contains { $0.kind != .pageFurniture && $0.text.contains("12h55") })
    }
}
