import Foundation
import ParityTestSupport
import Testing
@testable import ParityCore

/// Asturian, Galician and Catalan told apart from Spanish and Portuguese by
/// words of their own (`RomanceKinLanguages`), on constructed paragraphs and
/// on every dev text in these languages, read without its file name.
@Suite struct ConstructedRomanceKinLanguageTests {
    private func detect(_ text: String) -> Language? { LanguageDetector.detect(Array(text.utf8)) }

    static let asturian = """
    Nel añu 2025, el Gobiernu de Ruritania aprobó un plan nacional pa la proteición de les llingües minoritaries. \
    El plan ye parte d'un programa más ampliu que tamién inclúi la educación y la cultura. Nun hai datos abondos \
    sobre l'usu de la llingua nes escueles, pero l'informe del Ministeriu amuesa que'l númberu d'alumnos creció un \
    12 %. Les autoridaes rexonales van collaborar col Conseyu y cola Universidá pa desendolcar esti trabayu enantes \
    del añu 2027, y el Gobiernu va dar cuenta de los resultaos a les Partes.
    """
    static let galician = """
    No ano 2025, o Goberno de Ruritania aprobou un plan nacional para a protección das linguas minoritarias. O plan \
    é parte dun programa máis amplo que tamén inclúe a educación e a cultura. Non hai datos abondo sobre o uso da \
    lingua nas escolas, pero o informe do Ministerio amosa que o número de alumnos creceu un 12 %. As autoridades \
    rexionais colaborarán coa Consellería e coa Universidade para desenvolver este traballo e as súas accións antes \
    do ano 2027, e o Goberno dará conta dos resultados ás Partes.
    """
    static let catalan = """
    L'any 2025, el Govern de Ruritània va aprovar un pla nacional per a la protecció de les llengües minoritàries. \
    El pla és part d'un programa més ampli que també inclou l'educació i la cultura. No hi ha prou dades sobre l'ús \
    de la llengua a les escoles, però l'informe del Ministeri mostra que el nombre d'alumnes va créixer un 12 %. Les \
    autoritats regionals col·laboraran amb el Consell i amb la Universitat per desenvolupar aquest treball abans de \
    l'any 2027, i el Govern donarà compte dels resultats a les Parts.
    """
    static let spanish = """
    En el año 2025, el Gobierno de Ruritania aprobó un plan nacional para la protección de las lenguas minoritarias. \
    El plan es parte de un programa más amplio que también incluye la educación y la cultura. No hay datos suficientes \
    sobre el uso de la lengua en las escuelas, pero el informe del Ministerio muestra que el número de alumnos creció \
    un 12 %. Las autoridades regionales colaborarán con el Consejo y con la Universidad para desarrollar este trabajo \
    antes del año 2027, y el Gobierno dará cuenta de los resultados a las Partes.
    """
    static let portuguese = """
    No ano de 2025, o Governo da Ruritânia aprovou um plano nacional para a proteção das línguas minoritárias. O plano \
    é parte de um programa mais amplo que também inclui a educação e a cultura. Não há dados suficientes sobre o uso da \
    língua nas escolas, mas o relatório do Ministério mostra que o número de alunos cresceu 12 %. As autoridades \
    regionais vão colaborar com o Conselho e com a Universidade para desenvolver este trabalho antes de 2027, e o \
    Governo dará conta dos resultados às Partes em uma reunião.
    """

    @Test func constructedParagraphsOfTheFiveLanguages() {
        #expect(detect(Self.asturian)?.tag == "ast")
        #expect(detect(Self.galician)?.tag == "gl")
        #expect(detect(Self.catalan)?.tag == "ca")
        #expect(detect(Self.spanish) == .spanish)
        #expect(detect(Self.portuguese)?.tag == "pt")
    }

    @Test func constructedOtherLanguagesAreNoKin() {
        // Latvian writes `pa` and words ending in a consonant and `u`: its words are not Romance, it stays undetermined.
        let latvian = """
        Komiteja izskatīja ziņojumu par ūdens resursu apsaimniekošanu un pieņēma lēmumu pa daļām. Valdība iesniedza \
        plānu līdz gada beigām, un komiteja lūdza sekretariātu sagatavot pārskatu par līgumu izpildi un budžetu. \
        Dalībvalstis apsprieda jautājumu pa reģioniem un vienojās par kopīgu darba programmu nākamajam gadam.
        """
        #expect(detect(latvian)?.tag != "ast")
        #expect(RomanceKinLanguages.scores(Array(latvian.unicodeScalars)).allSatisfy { $0 == 0 })
    }

    /// Every dev text in Spanish, Portuguese, Galician, Catalan or Asturian is detected as its language from its bytes alone.
    @Test func devTextsOfTheFiveLanguagesAreDetected() throws {
        let folder = RepositoryPaths.fixture("constructed-documents/dev")
        let codes = ["es", "pt", "gl", "ca", "ast"]
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { file in
            codes.contains { file.hasSuffix(".constructed.\($0).txt") }
        }
        #expect(files.count >= 16)
        for file in files {
            let code = file.dropLast(4).split(separator: ".").last.map(String.init)
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(file)))
            #expect(LanguageDetector.detect(bytes)?.tag == code, "\(file)")
        }
    }
}
