import Testing
@testable import ParityCore

/// Texts set one clause a line without blank lines are no hard-wrapped text; a caption numbered 1 by an ordinal word
/// no table reads (`Ibara ya Kwanza`) starts its sequence; an opening's clause naming a term over two wrapped lines
/// stays with it; items lettered in a cased alphabet no table reads (Armenian `ա)`); page furniture never pairs with
/// body text. Documents `dev/resolution-tollbridges` (ko, hy, pt) and `dev/treaty-sluicegates` (sw, de).
@Suite struct ClauseALineAndOrdinalCaptionTests {
    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    private static let koreanResolution = """
        국제연합
        S/RES/2903 (2027)
        안전보장이사회
        Distr.: General
        2027년 11월 12일
        결의 제2903(2027)호
        2027년 11월 12일 안전보장이사회 제10251차 회의에서 채택
        안전보장이사회는,
        국경 지역의 상황에 관한 이전 결의들, 특히 결의 제2851(2027)호를 상기하며,
        2027년 3월 이후 3,400명이 넘는 사람들이 실향민이 된 데 대하여 우려를 표명하며,
        2027년 10월 2일 클로우에서 서명된 휴전 협정을 환영하며,
        국제연합 헌장 제7장에 따라 행동하여,
        1.\t임무단의 임무를 2028년 11월 30일까지 연장하기로 결정한다;
        2.\t모든 당사자가 휴전을 존중할 것을 요구한다;
        """

    /// Two preambular lines stop near the longest line, but only after their comma: no wrap, each clause a unit.
    @Test func constructedKoreanClausesNearTheLongestLineStayApart() {
        let document = segment(Self.koreanResolution)
        let unnumbered = document.blocks.filter { $0.kind == .unnumberedParagraph }.map(\.text)
        #expect(unnumbered == [
            "안전보장이사회는,",
            "국경 지역의 상황에 관한 이전 결의들, 특히 결의 제2851(2027)호를 상기하며,",
            "2027년 3월 이후 3,400명이 넘는 사람들이 실향민이 된 데 대하여 우려를 표명하며,",
            "2027년 10월 2일 클로우에서 서명된 휴전 협정을 환영하며,",
            "국제연합 헌장 제7장에 따라 행동하여,",
        ])
        #expect(document.blocks.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2])
    }

    private static let armenianResolution = """
        Միավորված ազգերի կազմակերպություն
        S/RES/2903 (2027)
        Անվտանգության խորհուրդ
        Distr.: General
        2027 թվականի նոյեմբերի 12
        Բանաձև 2903 (2027)
        Ընդունվել է Անվտանգության խորհրդի 10251-րդ նիստում՝ 2027 թվականի նոյեմբերի 12-ին
        Անվտանգության խորհուրդը,
        սահմանային տարածաշրջանում իրավիճակի վերաբերյալ իր նախորդ բանաձևերը, մասնավորապես 2851 (2027) բանաձևը հիշեցնելով,
        մտահոգություն հայտնելով, որ 2027 թվականի մարտից ի վեր ավելի քան 3400 մարդ տեղահանվել է,
        2027 թվականի հոկտեմբերի 2-ին Կլոուում ստորագրված հրադադարի համաձայնագիրը ողջունելով,
        Միավորված ազգերի կազմակերպության կանոնադրության VII գլխի համաձայն գործելով,
        1.\tորոշում է Առաքելության մանդատը երկարաձգել մինչև 2028 թվականի նոյեմբերի 30-ը.
        2.\tպահանջում է, որ բոլոր կողմերը հարգեն հրադադարը.
        3.\tորոշում է, որ Առաքելությունը կազմված լինի առավելագույնը 1850 զինծառայողից.
        4.\tխնդրում է Առաքելությանը կատարել հետևյալ խնդիրները՝
        ա)\tպաշտպանել խաղաղ բնակիչներին.
        բ)\tվերահսկել հրադադարը.
        գ)\tաջակցել տեղահանված անձանց վերադարձին.
        դ)\tզեկուցել պարետային ժամի խախտումների մասին՝ ժամը 20:00-ից մինչև 06:00.
        5.\tխնդրում է Գլխավոր քարտուղարին յուրաքանչյուր 90 օրը մեկ զեկուցել Խորհրդին.
        6.\tորոշում է շարունակել ակտիվորեն զբաղվել այս հարցով։
        """

    /// Twenty-odd lines of line-like length without blank lines, but every line of the body ends a clause or a
    /// sentence: no wrap broke them, so the text is not read as PDF-extracted.
    @Test func constructedArmenianClauseALineIsNotReadAsExtracted() {
        #expect(!PDFExtractionDetector.looksExtracted(Array(Self.armenianResolution.utf8)))
        // The same text wrapped at 40 columns, breaking its clauses between words, still is.
        var wrapped: [String] = []
        for line in Self.armenianResolution.split(separator: "\n") {
            var current = ""
            for word in line.split(separator: " ") {
                if !current.isEmpty, current.count + 1 + word.count > 40 {
                    wrapped.append(current)
                    current = ""
                }
                current += current.isEmpty ? String(word) : " " + word
            }
            wrapped.append(current)
        }
        #expect(PDFExtractionDetector.looksExtracted(Array(wrapped.joined(separator: "\n").utf8)))
    }

    /// The Armenian resolution: four preambular paragraphs after the opening, items `ա)`–`դ)` as (a)–(d) of
    /// paragraph 4.
    @Test func constructedArmenianPreambleAndItemsLetteredInTheirAlphabet() {
        let document = segment(Self.armenianResolution)
        let unnumbered = document.blocks.filter { $0.kind == .unnumberedParagraph }
        #expect(unnumbered.count == 5)
        #expect(unnumbered.first?.text == "Անվտանգության խորհուրդը,")
        #expect(document.blocks.filter { $0.kind == .listItem }.map(\.id) == ["p4-a", "p4-b", "p4-c", "p4-d"])
        #expect(document.blocks.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2, 3, 4, 5, 6])
    }

    private static let swahiliAgreement = """
        MKATABA KUHUSU MALANGO

        Jamhuri ya Ruritania na Ufalme wa Syldavia, ambazo baadaye zitajulikana
        kama "Wahusika",

        Kwa kutambua kwamba kila mwaka zaidi ya meli 2,300 hupita katika malango
        ya mfereji wa mpakani,

        Zimekubaliana kama ifuatavyo.

        Ibara ya Kwanza
        Madhumuni

        1. Mkataba huu unasimamia uendeshaji wa malango manne.

        2. Unatumika kuanzia tarehe 1 Januari 2028.

        Ibara ya 2
        Tume ya Pamoja

        1. Wahusika wataunda Tume ya Pamoja yenye wajumbe 6.

        2. Tume itakutana mara mbili kwa mwaka.

        Ibara ya 3
        Gharama

        1. Kila Mhusika atabeba asilimia 50 ya gharama za matengenezo.
        """

    /// `Ibara ya Kwanza` (article the first) before `Ibara ya 2`: the word stands where the number does, and the
    /// sequence needs 1 there.
    @Test func constructedSwahiliArticleNumberedByAnOrdinalWord() {
        let document = segment(Self.swahiliAgreement)
        #expect(document.blocks.filter { $0.kind == .article }.map(\.id) == ["art1", "art2", "art3"])
        #expect(document.blocks.first { $0.id == "art2-p2" }?.text == "Tume itakutana mara mbili kwa mwaka.")
        // The opening's clause naming the Parties, wrapped over two lines, stays one unit with it.
        let unnumbered = document.blocks.filter { $0.kind == .unnumberedParagraph }.map(\.text)
        #expect(unnumbered.first?.hasPrefix("Jamhuri ya Ruritania na Ufalme wa Syldavia, ambazo") == true)
        #expect(unnumbered.first?.hasSuffix("kama \"Wahusika\",") == true)
    }

    /// The same in a language written with one caption word (Indonesian `Pasal Pertama`, `Pasal 2`, `Pasal 3`).
    @Test func constructedIndonesianArticleNumberedByAnOrdinalWord() {
        let text = """
        Pasal Pertama
        Tujuan

        1. Persetujuan ini mengatur pintu air.

        2. Persetujuan ini berlaku sejak 1 Januari 2028.

        Pasal 2
        Komisi Bersama

        1. Para Pihak membentuk Komisi Bersama.

        2. Komisi bersidang dua kali setahun.

        Pasal 3
        Biaya

        1. Setiap Pihak menanggung 50 persen biaya.
        """
        let document = segment(text)
        #expect(document.blocks.filter { $0.kind == .article }.map(\.id) == ["art1", "art2", "art3"])
    }

    /// A word in the number's place that no caption numbered 2 follows is no caption: `Tume ya Pamoja` is a title.
    @Test func aWordInTheNumbersPlaceNeedsCaptionTwo() {
        #expect(NumberedCaption.match(Array("Tume ya Pamoja".unicodeScalars))?.style == .firstWord)
        let lone = [(index: 0, match: NumberedCaption.match(Array("Tume ya Pamoja".unicodeScalars))!),
                    (index: 5, match: NumberedCaption.match(Array("Tume ya 3".unicodeScalars))!)]
        #expect(NumberedCaptionSequence.sequences(lone).isEmpty)
        let first = [(index: 0, match: NumberedCaption.match(Array("Ibara ya Kwanza".unicodeScalars))!),
                     (index: 5, match: NumberedCaption.match(Array("Ibara ya 2 – Tume".unicodeScalars))!)]
        #expect(NumberedCaptionSequence.sequences(first).map { $0.map(\.index) } == [[0, 5]])
        // A sentence after the word is running text, no caption.
        #expect(NumberedCaption.match(Array("Tume ya Pamoja itakutana mara mbili.".unicodeScalars)) == nil)
    }

    /// Chinese and Japanese, no blank lines: the longest line is a clause ending with its comma, and the next clause
    /// opens with a date run into Han, whose first word is its figure alone: no wrap, each clause a unit.
    @Test func constructedChineseAndJapaneseClausesOneALine() {
        let chinese = """
        第2911(2027)号决议
        2027年12月3日安全理事会第10260次会议通过
        安全理事会，
        回顾其以往关于沿海地区局势的各项决议，特别是第2870(2027)号决议，
        2027年6月以来有5 200多人流离失所，对此表示严重关切，
        根据《联合国宪章》第七章采取行动，
        1．决定将特派团的任务期限延长至2028年12月31日；
        2．要求所有各方遵守停火；
        """
        #expect(segment(chinese).blocks.filter { $0.kind == .unnumberedParagraph }.map(\.text) == [
            "安全理事会，", "回顾其以往关于沿海地区局势的各项决议，特别是第2870(2027)号决议，",
            "2027年6月以来有5 200多人流离失所，对此表示严重关切，", "根据《联合国宪章》第七章采取行动，",
        ])
        let japanese = """
        決議第2911(2027)号
        2027年12月3日の安全保障理事会第10260回会合で採択
        安全保障理事会は、
        沿岸地域の情勢に関する従前の決議、特に決議第2870(2027)号を想起し、
        2027年6月以降5,200人以上が避難を余儀なくされていることに深刻な懸念を表明し、
        国際連合憲章第7章の下で行動して、
        1．ミッションの任期を2028年12月31日まで延長することを決定する。
        2．すべての当事者に停戦を遵守するよう要求する。
        """
        let blocks = segment(japanese).blocks
        #expect(blocks.filter { $0.kind == .unnumberedParagraph }.count == 4)
        #expect(!blocks.contains { $0.kind == .heading })
        #expect(HardWrapContinuation.firstWordLength(Array("2027年6月以来".utf8), 0, Array("2027年6月以来".utf8).count) == 4)
    }

    /// After a treaty's final clause and its signatures (short lines opening with the same word), a line of one word
    /// followed by a title is an unnumbered annex's caption, whatever its word.
    @Test func constructedAnnexCaptionAfterTheSignatures() {
        func treaty(_ tail: String) -> String {
            """
            Pasal 1
            Tujuan

            1. Persetujuan ini mengatur pagar hidup.

            2. Persetujuan ini berlaku sejak 1 Maret 2028.

            Pasal 2
            Mulai Berlaku

            1. Persetujuan ini mulai berlaku 30 hari setelah pemberitahuan terakhir.

            Dibuat di Klow pada tanggal 9 November 2027, dalam dua naskah asli.

            \(tail)
            """
        }
        let signed = segment(treaty("Untuk Republik Ruritania\n\nUntuk Kerajaan Syldavia\n\nLampiran\n\nDaftar semak asli\n\nHawthorn dan hazel."))
        #expect(signed.blocks.filter { $0.kind == .annex }.map(\.text) == ["Lampiran"])
        // One signature line is no signature block; a one-word last signature followed by nothing opens no annex.
        let unsigned = segment(treaty("Untuk Republik Ruritania\n\nLampiran\n\nDaftar semak asli\n\nHawthorn dan hazel."))
        #expect(!unsigned.blocks.contains { $0.kind == .annex })
        let names = segment(treaty("Untuk Republik Ruritania\n\nUntuk Kerajaan Syldavia\n\nSyldavia"))
        #expect(!names.blocks.contains { $0.kind == .annex })
    }

    /// A short item beside a page's job number: the length model would pair them; the item pairs with its item.
    @Test func pageFurnitureNeverPairsWithBodyText() {
        let aligner = LengthAligner(model: LengthModel(ratio: 1.2, variance: 6.8))
        let pivot = [LengthAligner.Item(length: 10, family: .body)]
        let other = [LengthAligner.Item(length: 12, family: .metadata, isFurniture: true),
                     LengthAligner.Item(length: 41, family: .body)]
        let steps = aligner.align(pivot: pivot, other: other).map { [$0.pivotCount, $0.otherCount] }
        #expect(steps == [[0, 1], [1, 1]])
    }
}
