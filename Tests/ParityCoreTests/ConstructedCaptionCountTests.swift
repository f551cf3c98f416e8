import ParityTestSupport
import Testing
@testable import ParityCore

/// Structure a document shows by what it repeats, in languages no table knows: bare paragraph numbers that
/// restart under every caption of a sequence (`CaptionRestartedCounts`), numbers set apart by a tab
/// (`TabbedNumberCounts`), speaker titles a record repeats before different names (`SpeakerLine.titledName`),
/// and an annex word alone over the caption that repeats it (one annex, not two).
@Suite struct ConstructedCaptionCountTests {
    private func blocks(_ text: String) -> [Block] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
            .filter { $0.kind != .metadata && $0.kind != .title }
    }

    private func ids(_ text: String) -> [String] { blocks(text).map(\.id) }

    private let minangkabau = """
        Parjanjian antaro Republik Ruritania jo Karajaan Syldavia

        Alah sapakaik sarupo iko:

        Pasa 1
        Tujuan
        1\tTujuan Parjanjian iko adolah mangatur parlindungan buruang kormoran
        di Danau Sampadan jo di tapi danau tu.
        2\tParlindungan tu balaku untuak kawasan aia jo tanah di sakuliliang
        danau sampai
        5 kilomete dari tapi danau, tamasuak pulau-pulau ketek di tangah
        danau.
        Pasa 2
        Kawajiban Para Pihak
        1\tSatiok Pihak manjago sarang buruang kormoran di wilayahnyo surang.
        2\tPara Pihak mampatamukan data jumlah sarang paliang lambek tanggal
        30 Juni satiok taun.
        """

    @Test func bareNumbersThatRestartUnderEachCaptionAreAnArticlesParagraphs() {
        let found = ids(minangkabau)
        #expect(found.contains("art1-p1") && found.contains("art1-p2"))
        #expect(found.contains("art2-p1") && found.contains("art2-p2"))
        // "5 kilomete …" and "30 Juni …" continue no count: they go on with the paragraph above.
        #expect(!found.contains("art1-p5") && !found.contains("art2-p30"))
        let document = PlainTextSegmenter().segment(DecodedText(minangkabau), sourceName: "constructed")
        #expect(document.block(id: "art1-p2")?.text.contains("5 kilomete") == true)
    }

    @Test func theSameCountsInCyrillic() {
        let text = """
            Созишнома оид ба ҳифзи мурғони обӣ

            Ба мувофиқаи зерин расиданд:

            Моддаи 1
            Мақсад
            1\tМақсади Созишномаи мазкур ҳифзи мурғони обӣ дар кӯли сарҳадӣ ва
            соҳилҳои он мебошад.
            2\tҲифз ба минтақаи обӣ ва заминӣ дар атрофи кӯл то масофаи
            5 километр аз соҳили кӯл татбиқ мегардад.
            Моддаи 2
            Ӯҳдадориҳо
            1\tҲар як Тараф лонаҳои мурғонро дар қаламрави худ ҳифз мекунад.
            2\tТарафҳо маълумотро на дертар аз
            30 июни ҳар сол мубодила мекунанд.
            """
        let found = ids(text)
        #expect(found.filter { $0.hasPrefix("art") && $0.contains("-p") } == ["art1-p1", "art1-p2", "art2-p1", "art2-p2"])
    }

    @Test func numbersUnderOneCaptionAloneAreNoCount() {
        let lines = ["Moddaa 1", "Sarlavha", "1 Birinchi qator matni shu yerda tugaydi.", "2 Ikkinchi qator matni ham shu yerda."]
        let bytes = Array(lines.joined(separator: "\n").utf8)
        #expect(CaptionRestartedCounts.find(bytes, LineScanner.lines(in: bytes)).isEmpty)
    }

    @Test func numbersSetApartByATabCount() {
        let text = "附件\n2026年6月2日波杜利亚常驻联合国代表团给秘书长的普通照会的附件\n波杜利亚关于保护湖泊鸬鹚和鹭鸟的资料\n"
            + "1\t2025年，波杜利亚在6个湖泊设立了保护区。\n2\t保护区总面积为18 400公顷。\n3\t波杜利亚计划到2028年再设立3个保护区。\n"
        let bytes = Array(text.utf8)
        #expect(TabbedNumberCounts.find(bytes, LineScanner.lines(in: bytes)).values.sorted() == [1, 2, 3])
        // A footnote under its rule, and a table row of columns, are none.
        let notes = Array("Text of the note.\n__________________\n1\tA/79/50.\n2\tA/80/12.\n3\tNorth\t12\t40\n".utf8)
        #expect(TabbedNumberCounts.find(notes, LineScanner.lines(in: notes)).isEmpty)
    }

    @Test func anAnnexWordAloneOverACaptionThatRepeatsItIsOneAnnex() {
        let chinese = """
            2026年6月2日波杜利亚常驻联合国代表团给秘书长的普通照会
            　　波杜利亚常驻联合国代表团向秘书长致意，并谨随函转递波杜利亚关于保护湖泊鸬鹚和鹭鸟的资料(见附件)。
            　　波杜利亚常驻联合国代表团谨借此机会再次向秘书长致以最崇高的敬意。
            附件
            2026年6月2日波杜利亚常驻联合国代表团给秘书长的普通照会的附件
            波杜利亚关于保护湖泊鸬鹚和鹭鸟的资料
            1\t2025年，波杜利亚在6个湖泊设立了保护区。
            2\t保护区总面积为18 400公顷。
            """
        let found = blocks(chinese)
        #expect(found.filter { $0.kind == .annex }.count == 1)
        #expect(found.map(\.id).suffix(2) == ["annex-p1", "annex-p2"])
        let english = """
            Note verbale dated 2 June 2026 from the Permanent Mission of Borduria addressed to the Secretary-General

            The Permanent Mission of Borduria presents its compliments to the Secretary-General and transmits the information (see annex).

            Annex

            Annex to the note verbale dated 2 June 2026 from the Permanent Mission of Borduria addressed to the Secretary-General

            Information from Borduria

            1. In 2025, Borduria established protected areas at 6 lakes.

            2. The protected areas cover 18,400 hectares.
            """
        #expect(blocks(english).filter { $0.kind == .annex }.count == 1)
    }

    @Test func aTitleThatStandsBeforeTwoNamesIsASpeakerTitle() {
        #expect(SpeakerLine.titledName(Array("Oga Lindgren ask weda di State party wan".unicodeScalars)).map { String(String.UnicodeScalarView($0.0)) } == "oga")
        #expect(SpeakerLine.titledName(Array("Mista Kovač (Borduria) i tok olsem".unicodeScalars)) != nil)
        #expect(SpeakerLine.titledName(Array("Di Office don open 4 new branch".unicodeScalars)) != nil)
        #expect(SpeakerLine.titledName(Array("The Committee noted that".unicodeScalars)) == nil)
        #expect(SpeakerLine.titledName(Array("Oga said that".unicodeScalars)) == nil)
        // Tok Pisin: the masthead teaches "Sea" and "Misis"; "Mista" stands before Kovač (noted) and Lindgren. The
        // record names its speakers first, so "Taim Sea i singautim ol, …" ("when the Chair invited them") opens no turn.
        let record = """
            Sea: Misis Okafor

            1.
            Taim Sea i singautim ol, lain bilong Borduria i sindaun long tebol bilong Komiti.

            2.
            Mista Kovač (Borduria) i tok olsem Ofis i kisim 512 toktok kros long 2025.

            3.
            Ofis i opim 4 nupela brens long not.

            4.
            Misis Amadi (Ripota bilong Kantri) i askim hamas toktok kros i makim wok na haus.

            5.
            Mista Lindgren i askim sapos Stet pati i laik mekim toktok.

            6.
            Sea i tok olsem Komiti bai i go yet long toktok long neks miting.
            """
        let speakers = blocks(record).filter { $0.kind == .paragraph }.map { $0.speaker != nil }
        #expect(speakers == [false, true, false, true, true, true])
    }
}
