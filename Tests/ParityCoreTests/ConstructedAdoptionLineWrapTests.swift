import ParityTestSupport
import Testing
@testable import ParityCore

/// A resolution hard-wrapped so that its adoption line, under the title, is the text's longest line: the line is
/// complete (`AdoptionLine`), and the organ's preambular opening under it, in capitals, opens a unit of its own
/// instead of going on from it. Constructed texts (Latvian-like and Even-like wording made for the test).
@Suite struct ConstructedAdoptionLineWrapTests {
    /// The Even-like resolution's title, adoption line, opening and preamble, each line ended.
    private static let evenTitleAndPreamble = """
        Резолюция 4013 (2057)
        Ирэн Совет 9875-ӈи заседаниду 2057 аӈаниду 22 октябрь ӈэлэк гэлэдэн
        Ирэн Совет,
        3954 (2055) ноӈан 3988 (2056) резолюцияли хөрэн,
        Бордурияду 2056 аӈани 1 январьдук 1850 мэгэн бэдэлбэ анӈаридук
        эрэвэри бэлэлбэ оӈчиднэ сэвдэлдэн,
        ООН Уставын VII глававан дьаван оран,

        """

    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    @Test func constructedAdoptionLineAsWideAsTheWrapStandsAlone() {
        let latvian = """
        Rezolūcija 4013 (2057)
        Pieņemta Drošības padomes 9875. sēdē 2057. gada 22. oktobrī
        Drošības padome,
        atgādinot rezolūcijas 3954 (2055) un 3988 (2056),
        atzinīgi vērtējot, ka Bordurijā kopš 2056. gada 1. janvāra
        1850 ieroču ir pārvērsti arklos un citos lauksaimniecības
        rīkos,
        rīkojoties saskaņā ar Apvienoto Nāciju Organizācijas Statūtu
        VII nodaļu,
        1. nolemj pagarināt misijas pilnvaras līdz 2058. gada beigām;
        2. nolemj turpināt aktīvi izskatīt šo jautājumu.

        """
        let even = Self.evenTitleAndPreamble + """
        1. ООН Бордурияду Миссиян мандатван 2058 аӈани 31 октябрь ӈэлэк
        дьиӈиттэн;
        2. Эк тарав дьаӈнами бимэн ӈэнэддэн.

        """
        for (text, adoption, opening) in [(latvian, "Pieņemta Drošības padomes 9875. sēdē 2057. gada 22. oktobrī", "Drošības padome,"),
                                          (even, "Ирэн Совет 9875-ӈи заседаниду 2057 аӈаниду 22 октябрь ӈэлэк гэлэдэн", "Ирэн Совет,")] {
            let blocks = segment(text).blocks.map(\.text)
            #expect(blocks.contains(adoption), "\(blocks)")
            #expect(blocks.contains(opening), "\(blocks)")
            // The wrapped preambular paragraph is still one block.
            #expect(blocks.contains { $0.hasSuffix("rīkos,") || $0.hasSuffix("сэвдэлдэн,") && $0.hasPrefix("Бордурияду") }, "\(blocks)")
        }
    }

    /// The same, in text read as an extracted page (a masthead as extractors write it, the organ and the symbol on one
    /// line): an adoption line that ends in words after its date stands alone between the title and the opening.
    @Test func constructedAdoptionLineEndingInWordsStandsAloneInAnExtractedPage() {
        let text = """
        United Nations\tS/RES/4013 (2057)
        Security Council\tDistr.: General
        \t22 October 2057

        """ + Self.evenTitleAndPreamble + """
        1.
        ООН Бордурияду Миссиян мандатван 2058 аӈани 31 октябрь ӈэлэк
        дьиӈиттэн;
        2.
        Миссиябу национальнай программаду ая оӈкин, тарагда бэйэл бурэн
        мэгэн бэдэлбэ гадан, кузнича ая оӈкин, тарал бэдэлбэ эрэвэри
        бэлэлбэ оӈчиднэ, Советту 60 инэӈ тэкэнин өрөдөӈ бодан;
        3.
        Миссияду 420 бэйлэ ӈэлэк бисни ӈэнэддэн, тарагда дөлбэкэсэл
        бэйэл бурэн мэгэн бэдэлбэ гадан ноӈан Советту өрөдөӈ бодан;
        4.
        Государствалбу программаду 3,8 миллион доллар бури ӈэнэддэн,
        тарагда дөлбэкэсэл бэйэл бурэн мэгэн бэдэлбэ гадан ӈэнэддэн;
        5.
        Эк тарав дьаӈнами бимэн ӈэнэддэн.

        """
        #expect(PDFExtractionDetector.looksExtracted(Array(text.utf8)))
        let blocks = segment(text).blocks.map(\.text)
        #expect(blocks.contains("Ирэн Совет 9875-ӈи заседаниду 2057 аӈаниду 22 октябрь ӈэлэк гэлэдэн"), "\(blocks)")
        #expect(blocks.contains("Ирэн Совет,"), "\(blocks)")
    }

    /// A line with a year and another figure under a numbered title goes on as before when the line under it is
    /// running text, not an opening of a few words and a comma: a wrapped sentence.
    @Test func constructedLineWithYearInRunningTextStillGoesOn() {
        let text = """
        Informe 4013 (2057)
        La Comisión recuerda que en su 9875ª sesión del año 2057 los
        Estados miembros presentaron informes sobre los arados y las
        rejas de sus talleres, y pide que los demás lo hagan pronto.
        Toma nota del informe del Secretario General sobre las rejas.

        """
        let blocks = segment(text).blocks.map(\.text)
        #expect(blocks.contains { $0.hasPrefix("La Comisión recuerda") && $0.hasSuffix("pronto.") }, "\(blocks)")
    }
}
