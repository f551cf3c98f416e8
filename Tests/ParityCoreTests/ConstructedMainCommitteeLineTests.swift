import Testing
import ParityTestSupport
@testable import ParityCore

/// A committee's document names its Main Committee on a masthead line of its own, under the session:
/// "Second Committee", "Deuxième Commission", "Второй комитет" — a body word last, after capitalized words.
/// Constructed mastheads of a made-up note verbale; the line is an organ, never the title.
@Suite struct ConstructedMainCommitteeLineTests {
    @Test(arguments: [("Second Committee", "Hundred and eighth session", "Note verbale dated 8 October 2053 from Syldavia"),
                      ("Human Rights Committee", "Hundred and eighth session", "Note verbale dated 8 October 2053 from Syldavia"),
                      ("Deuxième Commission", "Cent huitième session", "Note verbale datée du 8 octobre 2053"),
                      ("Segunda Comisión", "Centésimo octavo período de sesiones", "Nota verbal de fecha 8 de octubre de 2053"),
                      ("Второй комитет", "Сто восьмая сессия", "Вербальная нота от 8 октября 2053 года")])
    func constructedMainCommitteeIsAnOrgan(_ committee: String, _ session: String, _ title: String) {
        let text = "United Nations\tA/C.2/108/4\nGeneral Assembly\tDistr.: General\n\t12 October 2053\n\n"
            + "\(session)\n\n\(committee)\n\n\(title)\n\n"
            + "The Permanent Mission presents its compliments to the Secretary-General.\n\n"
            + "The Permanent Mission requests that the present note be circulated.\n"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-main-committee-line.txt")
        let committeeBlock = document.blocks.first { $0.text == committee }
        #expect(committeeBlock?.kind == .metadata)
        #expect(committeeBlock?.metadataField == .organ)
        let titleBlock = document.blocks.first { $0.text == title }
        #expect(titleBlock?.metadataField == .title)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test(arguments: [("Second Committee", true), ("Sixth Committee", true), ("Второй комитет", true),
                      ("Deuxième Commission", true), ("Report of the Second Committee", false),
                      ("Committee", false), ("Report of Committee", false), ("The present Committee", false),
                      ("Доклад Второго комитета", false)])
    func constructedBodyWordLast(_ line: String, _ names: Bool) {
        #expect(HeaderLineRecognizer.endsWithBodyWord(line) == names)
    }
}
