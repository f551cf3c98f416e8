import Foundation
import ParityTestSupport
import Testing
@testable import ParityCore

/// Preambles and records in scripts the tables do not cover: a comma of any
/// script ends a preamble's opening and its clauses, words of agreement stand
/// before a part that no sequence reads, designations in a caseless script
/// end at the verb after their notes, and a paged record's first-line indent
/// opens a paragraph. Constructed snippets (made up for these tests; not taken
/// from real documents).
@Suite struct ScriptCommaAndCaselessTurnTests {
    private func segment(_ text: String, language: Language? = nil) -> Document {
        PlainTextSegmenter(language: language).segment(DecodedText(text), sourceName: "constructed")
    }

    @Test func constructedCommaOfAnyScriptIsKnownByItsProperties() {
        for comma in [",", "،", "，", "、", "፣", "᠂", "꘍", "།", "՝"] {
            #expect(ScalarClass.isClauseComma(comma.unicodeScalars.first!), "\(comma)")
        }
        // Full stops, colons and semicolons of any script end no clause as a comma does.
        for mark in [".", "።", "᠃", "।", ":", ";", "፤", "፥", "؛"] {
            #expect(!ScalarClass.isClauseComma(mark.unicodeScalars.first!), "\(mark)")
        }
    }

    @Test func constructedEthiopicOpeningStartsThePreamble() {
        let text = """
        S/RES/2967 (2027)
        ውሳኔ 2967 (2027)
             የፀጥታው ምክር ቤት፣
             በካልቫ ሐይቆች አካባቢ ስላለው ሁኔታ ያሳለፋቸውን ውሳኔዎች 2901 (2026) እና 2933 (2026) በማስታወስ፣
             በካልቫ ሐይቆች አካባቢ ያለው ሁኔታ ለዓለም አቀፍ ሰላምና ደህንነት ስጋት ሆኖ መቀጠሉን በመወሰን፣
             1. ሁሉም ወገኖች የተኩስ አቁም ስምምነቱን ሙሉ በሙሉ እንዲያከብሩ ይጠይቃል፤
             2. ጉዳዩን በንቃት መከታተሉን ለመቀጠል ይወስናል።
        """
        let kinds = segment(text).blocks.filter { $0.kind == .unnumberedParagraph || $0.kind == .paragraph }.map(\.kind)
        #expect(kinds == [.unnumberedParagraph, .unnumberedParagraph, .unnumberedParagraph, .paragraph, .paragraph])
    }

    @Test func constructedWordsOfAgreementBeforeAPartInOrdinalWords() {
        let text = """
        A República da Ruritânia e o Reino da Syldávia, doravante denominados «as Partes»,

        Reconhecendo a importância das populações de salmão do rio Kelva,

        Desejando reforçar a cooperação iniciada pelo Protocolo de Varan,

        Acordaram o seguinte:

        PRIMEIRA PARTE

        DISPOSIÇÕES GERAIS

        Artigo 1

        O presente Acordo aplica-se ao troço fronteiriço do rio Kelva.

        Artigo 2

        As Partes criam uma Comissão Mista das Pescas do Kelva.
        """
        let blocks = segment(text).blocks
        #expect(blocks.first { $0.text.hasPrefix("Acordaram") }?.kind == .heading)
        #expect(blocks.filter { $0.kind == .unnumberedParagraph && $0.parent == nil && $0.text.hasSuffix(",") }.count == 3)
    }

    @Test func constructedCaselessDesignationEndsAtTheVerbAfterItsNotes() {
        #expect(SpeakerLine.reportedDesignationLength(Array("শ্রীমতী শর্মা (কার্পানিয়া) বলেন যে আইনটি কার্যকর হয়েছে।".unicodeScalars),
                                                      learned: [Array("শ্রীমতী".unicodeScalars)])
            == "শ্রীমতী শর্মা (কার্পানিয়া)".unicodeScalars.count)
        // The title alone before its verb; with a case ending ("at the Chair's invitation") no turn.
        let chair: Set<[Unicode.Scalar]> = [Array("সভাপতি".unicodeScalars)]
        #expect(SpeakerLine.reportedDesignationLength(Array("সভাপতি বলেন যে কমিটি সংলাপ চালিয়ে যাবে।".unicodeScalars), learned: chair)
            == "সভাপতি".unicodeScalars.count)
        #expect(SpeakerLine.reportedDesignationLength(Array("সভাপতির আমন্ত্রণে প্রতিনিধিদল আসন গ্রহণ করে।".unicodeScalars), learned: chair) == nil)
        // The learner takes the honorific, not the name after it.
        #expect(SpeakerLine.honorificDesignation(Array("শ্রীমতী শর্মা (কার্পানিয়া) বলেন যে".unicodeScalars))?.word
            == Array("শ্রীমতী".unicodeScalars))
    }

    /// A record printed as pdftotext prints a PDF, no blank lines, the first line of every paragraph and turn indented
    /// three more than the lines under it (dev/verbatim-ferrymasters, es): Haddad's second paragraph and the closing
    /// line under the last turn are paragraphs of their own.
    @Test func constructedFirstLineIndentOpensAParagraphInPagedText() throws {
        let bytes = try RepositoryPaths.fixtureBytes("constructed-documents/dev/verbatim-ferrymasters.constructed.es.txt")
        let blocks = PlainTextSegmenter().segment(DecodedText(String(decoding: bytes, as: UTF8.self)), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .speakerTurn }.count == 5)
        #expect(blocks.contains { $0.kind == .unnumberedParagraph && $0.text.hasPrefix("Sin embargo") && $0.parent == "sp2" })
        #expect(blocks.contains { $0.kind == .unnumberedParagraph && $0.text.hasPrefix("Se levanta la sesión") })
    }
}
