/// Constructed clean pairs (written for the tests, not UN text and not
/// translations of a real document) in languages that have no hand-written
/// number tables in Parity, only what CLDR gives (``CLDRLanguageTables``):
/// each paragraph states the same values as its reference paragraph, in the
/// language's own conventions — decimal comma, thousands by space or point,
/// dates with CLDR month names (genitive where the language inflects
/// them), scale words (`miljard`, `milyard`, `мільярдаў`), lakh and crore
/// (`ਕਰੋੜ`, `লাখ`), percentages, ordinals and number words.
public enum ConstructedCLDRNumberCorpus {
    /// A language's paragraphs and the reference they are checked against.
    public struct Pair: Sendable {
        public let code: String
        public let referenceCode: String
        /// (paragraph, reference paragraph)
        public let paragraphs: [(String, String)]
    }

    public static let pairs: [Pair] = [
        // Afrikaans against English: decimal comma, space thousands, `miljard`, CLDR months, `vyftien`.
        Pair(code: "af", referenceCode: "en", paragraphs: [
            ("Die Vergadering het op 25 September 2015 resolusie 70/1 aanvaar.",
             "The Assembly adopted on 25 September 2015 resolution 70/1."),
            ("Amptelike ontwikkelingshulp van 0,7% van die bruto nasionale inkomste.",
             "Official development assistance of 0.7 per cent of gross national income."),
            ("Mobiliseer jaarliks 100 miljard dollar teen 2020 vir 1 250 000 mense.",
             "Mobilize 100 billion dollars annually by 2020 for 1,250,000 people."),
            ("Die begroting van 2 345,67 dollar dek 48 poste gedurende die tydperk 2016–2017.",
             "The budget of 2,345.67 dollars covers 48 posts during the period 2016–2017."),
            ("Die Verklaring is op 10 Desember 1948 afgekondig en het dertig artikels.",
             "The Declaration was proclaimed on 10 December 1948 and has thirty articles."),
            ("Die Raad van vyftien lede het op 2 Mei 2019 vergader en 12 aanbevelings aanvaar.",
             "The Council of fifteen members met on 2 May 2019 and adopted 12 recommendations."),
            ("Die verslag van 3 Maart 2021 noem 4,5 miljoen vlugtelinge en 18 kampe.",
             "The report of 3 March 2021 mentions 4.5 million refugees and 18 camps."),
            ("Die Komitee het sy 17de sessie op 3–14 Junie 2019 gehou.",
             "The Committee held its 17th session from 3 to 14 June 2019."),
        ]),
        // Azerbaijani against Russian: CLDR months (`sentyabr`, `iyun`), `milyard`, `milyon`, suffixed years (`2015-ci il`).
        Pair(code: "az", referenceCode: "ru", paragraphs: [
            ("Assambleya 25 sentyabr 2015-ci il tarixində 70/1 saylı qətnaməni qəbul etdi.",
             "Ассамблея 25 сентября 2015 года приняла резолюцию 70/1."),
            ("Ümumi milli gəlirin 0,7%-i həcmində rəsmi inkişaf yardımı.",
             "Официальная помощь в целях развития в размере 0,7 процента валового национального дохода."),
            ("Hər il 100 milyard dollar səfərbər etmək, 2020-ci ilədək, 1 250 000 nəfər üçün.",
             "Мобилизовать 100 млрд. долларов в год к 2020 году для 1 250 000 человек."),
            ("2 345,67 dollar məbləğində büdcə 2016–2017-ci illər ərzində 48 vəzifəni əhatə edir.",
             "Бюджет в размере 2 345,67 долларов на период 2016–2017 годов покрывает 48 должностей."),
            ("Komitə 3–14 iyun 2019-cu il tarixlərində sessiya keçirdi və 12 tövsiyə qəbul etdi.",
             "Комитет провел сессию 3–14 июня 2019 года и принял 12 рекомендаций."),
            ("Hesabatda 4,2 milyon qaçqın və 16 düşərgə qeyd olunur.",
             "В докладе отмечаются 4,2 миллиона беженцев и 16 лагерей."),
            ("Şura 21-ci iclasını 2 oktyabr 2019-cu il tarixində keçirdi.",
             "Совет провел свое 21-е заседание 2 октября 2019 года."),
        ]),
        // Belarusian against Russian: genitive months (`верасня`, `чэрвеня`), `мільярдаў`, `мільёна`, `дванаццаць`.
        Pair(code: "be", referenceCode: "ru", paragraphs: [
            ("Асамблея прыняла рэзалюцыю 70/1 25 верасня 2015 года.",
             "Ассамблея приняла резолюцию 70/1 25 сентября 2015 года."),
            ("Мабілізаваць 100 мільярдаў долараў штогод да 2020 года для 1 250 000 чалавек.",
             "Мобилизовать 100 млрд. долларов в год к 2020 году для 1 250 000 человек."),
            ("Дэкларацыя была абвешчана 10 снежня 1948 года.",
             "Декларация была провозглашена 10 декабря 1948 года."),
            ("Камітэт правёў 17-ю сесію 3–14 чэрвеня 2019 года і прыняў дванаццаць рэкамендацый.",
             "Комитет провел 17-ю сессию 3–14 июня 2019 года и принял двенадцать рекомендаций."),
            ("Савет у складзе 15 членаў сабраўся 2 мая 2019 года; дапамога склала 0,7 %.",
             "Совет в составе 15 членов собрался 2 мая 2019 года; помощь составила 0,7 %."),
        ]),
        // Galician against Spanish: CLDR months (`xuño`, `decembro`, `xullo`), decimal comma and point thousands.
        // ICU has no Galician spell-out rules: no number words or scale words here.
        Pair(code: "gl", referenceCode: "es", paragraphs: [
            ("A Asemblea aprobou a resolución 70/1 o 25 de xuño de 2015.",
             "La Asamblea aprobó la resolución 70/1 el 25 de junio de 2015."),
            ("Axuda oficial ao desenvolvemento do 0,7 % da renda nacional bruta.",
             "Asistencia oficial para el desarrollo del 0,7 % del ingreso nacional bruto."),
            ("A Declaración foi proclamada o 10 de decembro de 1948.",
             "La Declaración fue proclamada el 10 de diciembre de 1948."),
            ("O orzamento de 2.345,67 euros cobre 48 postos no período 2016-2017.",
             "El presupuesto de 2.345,67 euros cubre 48 puestos en el período 2016-2017."),
            ("O Consello reuniuse o 2 de xullo de 2019 e adoptou 12 recomendacións para 1.250.000 persoas.",
             "El Consejo se reunió el 2 de julio de 2019 y aprobó 12 recomendaciones para 1.250.000 personas."),
            ("O informe do 14 de xaneiro de 2022 menciona 350.000 refuxiados.",
             "El informe del 14 de enero de 2022 menciona 350.000 refugiados."),
            ("O Comité celebrou o seu 17.º período de sesións e a súa 21.ª sesión.",
             "El Comité celebró su 17º período de sesiones y su 21ª sesión."),
        ]),
        // Punjabi (Gurmukhi) against English: lakh and crore, lakh grouping, CLDR months, Gurmukhi digits.
        Pair(code: "pa", referenceCode: "en", paragraphs: [
            ("ਸਾਲ 2020 ਤੱਕ ਹਰ ਸਾਲ 10,000 ਕਰੋੜ ਡਾਲਰ ਜੁਟਾਉਣੇ, 12,50,000 ਲੋਕਾਂ ਲਈ।",
             "By 2020, mobilize 100 billion dollars annually for 1,250,000 people."),
            ("ਰਿਪੋਰਟ ਵਿੱਚ 39 ਲੱਖ ਸ਼ਰਨਾਰਥੀ ਅਤੇ 18 ਕੈਂਪ ਦਰਜ ਹਨ।",
             "The report records 3.9 million refugees and 18 camps."),
            ("ਐਲਾਨਨਾਮਾ 10 ਦਸੰਬਰ 1948 ਨੂੰ ਜਾਰੀ ਕੀਤਾ ਗਿਆ ਸੀ।",
             "The Declaration was proclaimed on 10 December 1948."),
            ("ਕੁੱਲ ਰਾਸ਼ਟਰੀ ਆਮਦਨ ਦਾ 0.7% ਅਤੇ ੨੫ ਸਤੰਬਰ ੨੦੧੫ ਦਾ ਮਤਾ।",
             "0.7% of gross national income and the resolution of 25 September 2015."),
            ("ਬਜਟ ਵਿੱਚ 2 ਕਰੋੜ 40 ਲੱਖ ਰੁਪਏ ਅਤੇ 48 ਅਸਾਮੀਆਂ ਹਨ।",
             "The budget holds 24 million rupees and 48 posts."),
            ("ਕਮੇਟੀ ਦਾ 17ਵਾਂ ਸੈਸ਼ਨ 3 ਜੂਨ 2019 ਨੂੰ ਸ਼ੁਰੂ ਹੋਇਆ।",
             "The 17th session of the Committee opened on 3 June 2019."),
        ]),
        // Bengali against English: lakh and crore in Bengali digits, CLDR months.
        Pair(code: "bn", referenceCode: "en", paragraphs: [
            ("প্রতিবেদনে ৩২ লাখ শরণার্থী এবং ১৬টি শিবিরের উল্লেখ আছে।",
             "The report mentions 3.2 million refugees and 16 camps."),
            ("বাজেট ৭৫০ কোটি টাকা, ২০৩০ সালের মধ্যে।",
             "The budget is 7.5 billion taka, by 2030."),
            ("ঘোষণাপত্রটি ১০ ডিসেম্বর ১৯৪৮ তারিখে ঘোষিত হয়।",
             "The Declaration was proclaimed on 10 December 1948."),
            ("মোট জাতীয় আয়ের ০.৭% এবং ১,২৫,০০০ মানুষ।",
             "0.7% of gross national income and 125,000 people."),
            ("কমিটির ১৭তম অধিবেশন ২ মে ২০১৯ তারিখে শুরু হয়।",
             "The 17th session of the Committee opened on 2 May 2019."),
        ]),
    ]
}
