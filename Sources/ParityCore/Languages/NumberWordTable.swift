/// Numbers written in words, by language code: cardinals (0–20, tens,
/// hundred, thousand), ordinals and numeric adjectives (`decenal`,
/// `quinquennial`, `biennium`, `two-thirds` as 2 and 3). Lower case; Arabic
/// as written (normalized when read). Compounds written in several words
/// (`twenty-one`, `dix-sept`, `quatre-vingt-dix`, `الحادي عشر`) are summed
/// or multiplied by the reader.
public enum NumberWordTable {
    /// Word → value, by language.
    public static let words: [String: [String: Int]] = {
        var table: [String: [String: Int]] = [:]
        func add(_ code: String, _ list: [String], from first: Int = 0) {
            for (index, word) in list.enumerated() where !word.isEmpty { table[code, default: [:]][word] = first + index }
        }
        func add(_ code: String, _ pairs: [String: Int]) {
            table[code, default: [:]].merge(pairs) { old, _ in old }
        }
        let tens = [20, 30, 40, 50, 60, 70, 80, 90]
        func addTens(_ code: String, _ list: [String]) {
            for (word, value) in zip(list, tens) { table[code, default: [:]][word] = value }
        }

        add("en", ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                   "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])
        addTens("en", ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
        add("en", ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
                   "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"], from: 1)
        addTens("en", ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"])
        add("en", ["hundred": 100, "hundredth": 100, "thousand": 1000, "thousandth": 1000, "once": 1, "twice": 2, "thrice": 3,
                   "half": 2, "halves": 2, "thirds": 3, "quarter": 4, "quarters": 4, "fourths": 4, "fifths": 5, "tenths": 10,
                   "dozen": 12, "decade": 10, "decades": 10, "biennium": 2, "biennial": 2, "bienniums": 2, "biennia": 2,
                   "triennial": 3, "triennium": 3, "quadrennial": 4, "quadrennium": 4, "quinquennial": 5, "quinquennium": 5,
                   "decennial": 10, "annual": 1, "bilateral": 2, "trilateral": 3, "single": 1, "double": 2, "triple": 3, "both": 2])

        add("es", ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
                   "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte"])
        addTens("es", ["veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"])
        add("es", ["un": 1, "una": 1, "dieciseis": 16, "veintiuno": 21, "veintiún": 21, "veintidós": 22, "veintitrés": 23, "veinticuatro": 24,
                   "veinticinco": 25, "cien": 100, "ciento": 100, "mil": 1000, "ambos": 2, "ambas": 2, "doble": 2, "triple": 3,
                   "mitad": 2, "tercio": 3, "tercios": 3, "cuarto": 4, "cuartos": 4, "decenio": 10, "decenios": 10, "década": 10,
                   "bienio": 2, "bienal": 2, "bienales": 2, "trienio": 3, "trienal": 3, "cuatrienal": 4, "quinquenio": 5, "quinquenal": 5,
                   "decenal": 10, "decenales": 10, "anual": 1, "bilateral": 2, "trilateral": 3, "primer": 1, "tercer": 3])
        let spanishOrdinals = ["primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno", "décimo",
                               "undécimo", "duodécimo", "decimotercero", "decimocuarto", "decimoquinto", "decimosexto", "decimoséptimo",
                               "decimoctavo", "decimonoveno", "vigésimo"]
        // A Spanish ordinal in each gender and number (`décimo`, `décima`, `décimos`, `décimas`).
        func addSpanishOrdinal(_ word: String, _ value: Int) {
            let stem = String(word.dropLast())
            for ending in ["o", "a", "os", "as"] { table["es", default: [:]][stem + ending] = value }
        }
        for (index, word) in spanishOrdinals.enumerated() { addSpanishOrdinal(word, index + 1) }
        // The tens' and the hundredth's ordinals agree as the units' do (sexagésima sesión, centésimo décimo período).
        let spanishPlaceOrdinals = ["trigésimo": 30, "cuadragésimo": 40, "quincuagésimo": 50, "sexagésimo": 60, "septuagésimo": 70,
                                    "octogésimo": 80, "nonagésimo": 90, "centésimo": 100]
        for (word, value) in spanishPlaceOrdinals { addSpanishOrdinal(word, value) }

        add("fr", ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
                   "quatorze", "quinze", "seize"])
        addTens("fr", ["vingt", "trente", "quarante", "cinquante", "soixante", "septante", "huitante", "nonante"])
        add("fr", ["une": 1, "vingts": 20, "cent": 100, "cents": 100, "mille": 1000, "premier": 1, "première": 1, "unième": 1, "premiers": 1, "premières": 1,
                   "second": 2, "seconde": 2, "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7,
                   "huitième": 8, "neuvième": 9, "dixième": 10, "onzième": 11, "douzième": 12, "treizième": 13, "quatorzième": 14,
                   "quinzième": 15, "seizième": 16, "vingtième": 20, "trentième": 30, "centième": 100, "millième": 1000,
                   "deux-tiers": 2, "tiers": 3, "quart": 4, "quarts": 4, "moitié": 2, "double": 2, "triple": 3, "décennie": 10,
                   "décennies": 10, "décennal": 10, "décennale": 10, "biennal": 2, "biennale": 2, "biennaux": 2,
                   "exercice biennal": 2, "triennal": 3, "triennale": 3, "quadriennal": 4, "quinquennal": 5, "quinquennale": 5,
                   "annuel": 1, "annuelle": 1, "bilatéral": 2, "trilatéral": 3, "deux fois": 2, "les deux": 2])

        add("ru", ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять", "одиннадцать",
                   "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать",
                   "девятнадцать", "двадцать"])
        addTens("ru", ["двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"])
        add("ru", ["одна": 1, "одно": 1, "одного": 1, "одной": 1, "две": 2, "двух": 2, "двум": 2, "трех": 3, "трёх": 3, "трем": 3,
                   "четырех": 4, "четырёх": 4, "пяти": 5, "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10,
                   "одиннадцати": 11, "двенадцати": 12, "тринадцати": 13, "четырнадцати": 14, "пятнадцати": 15,
                   "шестнадцати": 16, "семнадцати": 17, "восемнадцати": 18, "девятнадцати": 19, "шестидесяти": 60,
                   "семидесяти": 70, "восьмидесяти": 80, "девяноста": 90, "двадцати": 20, "тридцати": 30, "сорока": 40, "пятидесяти": 50, "сто": 100, "ста": 100, "тысяча": 1000,
                   "тысячи": 1000, "тысяч": 1000, "оба": 2, "обе": 2, "обоих": 2, "половина": 2, "треть": 3, "трети": 3,
                   "третий": 3, "третья": 3, "третье": 3, "третьего": 3, "третьей": 3, "третьи": 3, "третьему": 3,
                   "десятилетие": 10, "десятилетия": 10, "десятилетний": 10, "десятилетней": 10, "десятилетняя": 10,
                   "десятилетнюю": 10, "пятилетний": 5, "пятилетнего": 5, "двухгодичный": 2, "двухгодичного": 2,
                   "двухгодичном": 2, "двухгодичный период": 2, "ежегодный": 1, "двусторонний": 2, "трехсторонний": 3])
        let russianStems: [(String, Int)] = [("перв", 1), ("втор", 2), ("четверт", 4), ("четвёрт", 4), ("пят", 5), ("шест", 6), ("седьм", 7),
                                             ("восьм", 8), ("девят", 9), ("десят", 10), ("одиннадцат", 11), ("двенадцат", 12),
                                             ("тринадцат", 13), ("четырнадцат", 14), ("пятнадцат", 15), ("шестнадцат", 16),
                                             ("семнадцат", 17), ("восемнадцат", 18), ("девятнадцат", 19), ("двадцат", 20),
                                             ("тридцат", 30), ("сотн", 100)]
        for (stem, value) in russianStems {
            for ending in ["ый", "ой", "ая", "ое", "ые", "ого", "ому", "ым", "ом", "ую", "ых", "ыми", "ой"] {
                table["ru", default: [:]][stem + ending] = value
            }
        }

        add("ar", ["صفر", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"])
        add("ar", ["واحدة": 1, "إحدى": 1, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "ثلاث": 3, "أربع": 4, "خمس": 5, "ست": 6, "سبع": 7,
                   "ثماني": 8, "ثمان": 8, "تسع": 9, "عشر": 10, "أحد": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
                   "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40, "خمسون": 50, "خمسين": 50,
                   "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
                   "مائة": 100, "مئة": 100, "ألف": 1000, "أول": 1, "أولى": 1, "ثاني": 2, "ثانية": 2, "ثالث": 3, "ثالثة": 3,
                   "رابع": 4, "رابعة": 4, "خامس": 5, "خامسة": 5, "سادس": 6, "سادسة": 6, "سابع": 7, "سابعة": 7, "ثامن": 8,
                   "ثامنة": 8, "تاسع": 9, "تاسعة": 9, "عاشر": 10, "عاشرة": 10, "حادي": 1, "حادية": 1, "عشري": 10,
                   "عقد": 10, "عقدين": 10, "ثلثي": 3, "ثلثا": 3, "ثلث": 3, "نصف": 2, "ربع": 4, "كلا": 2, "كلتا": 2,
                   "سنتين": 2, "سنتان": 2, "فترة السنتين": 2, "خمسية": 5, "خماسي": 5, "ثنائي": 2, "ثلاثي": 3, "سنوي": 1])

        let chineseDigits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        add("zh", chineseDigits)
        add("zh", ["两": 2, "百": 100, "千": 1000, "双": 2, "半": 2])
        add("ja", chineseDigits)
        add("ja", ["百": 100, "千": 1000])

        add("de", ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "dreizehn",
                   "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn", "zwanzig"])
        addTens("de", ["zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"])
        add("de", ["ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "hundert": 100, "tausend": 1000, "beide": 2, "beiden": 2,
                   "jahrzehnt": 10, "zweijährig": 2, "fünfjährig": 5, "zehnjährig": 10])
        let germanOrdinalStems: [(String, Int)] = [("erst", 1), ("zweit", 2), ("dritt", 3), ("viert", 4), ("fünft", 5), ("sechst", 6),
                                                   ("siebt", 7), ("acht", 8), ("neunt", 9), ("zehnt", 10), ("elft", 11), ("zwölft", 12),
                                                   ("siebzehnt", 17), ("zwanzigst", 20)]
        for (stem, value) in germanOrdinalStems {
            for ending in ["e", "er", "en", "es", "em"] { table["de", default: [:]][stem + ending] = value }
        }

        add("pt", ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze",
                   "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove", "vinte"])
        addTens("pt", ["vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"])
        add("pt", ["uma": 1, "duas": 2, "quatorze": 14, "dezasseis": 16, "dezassete": 17, "dezanove": 19, "cem": 100, "cento": 100,
                   "mil": 1000, "primeiro": 1, "primeira": 1, "segundo": 2, "segunda": 2, "terceiro": 3, "terceira": 3, "quarto": 4,
                   "quarta": 4, "quinto": 5, "quinta": 5, "sexto": 6, "sétimo": 7, "oitavo": 8, "nono": 9, "décimo": 10,
                   "vigésimo": 20, "trigésimo": 30, "quadragésimo": 40, "quinquagésimo": 50, "sexagésimo": 60, "septuagésimo": 70,
                   "setuagésimo": 70, "octogésimo": 80, "nonagésimo": 90, "centésimo": 100,
                   "ambos": 2, "ambas": 2, "década": 10, "decenal": 10, "bienal": 2, "quinquenal": 5, "anual": 1])
        // Ordinals agree in gender and number: septuagésima nona (79th), primeiras.
        for (word, value) in table["pt"]! where ["primeiro", "segundo", "terceiro", "quarto", "quinto", "sexto", "sétimo", "oitavo", "nono",
                                                   "décimo"].contains(word) || word.hasSuffix("gésimo") || word == "centésimo" {
            let stem = String(word.dropLast())
            for ending in ["a", "os", "as"] where table["pt"]![stem + ending] == nil { table["pt"]![stem + ending] = value }
        }

        add("hi", ["शून्य", "एक", "दो", "तीन", "चार", "पाँच", "छह", "सात", "आठ", "नौ", "दस", "ग्यारह", "बारह", "तेरह", "चौदह", "पंद्रह",
                   "सोलह", "सत्रह", "अठारह", "उन्नीस", "बीस"])
        add("hi", ["पांच": 5, "छः": 6, "तीस": 30, "चालीस": 40, "पचास": 50, "साठ": 60, "सत्तर": 70, "अस्सी": 80, "नब्बे": 90, "सौ": 100,
                   "हज़ार": 1000, "हजार": 1000, "पहला": 1, "सत्रहवाँ": 17, "सत्रहवें": 17, "सत्रहवां": 17, "पहली": 1, "पहले": 1, "दूसरा": 2, "दूसरी": 2, "दूसरे": 2, "तीसरा": 3,
                   "तीसरी": 3, "तीसरे": 3, "चौथा": 4, "चौथी": 4, "पाँचवाँ": 5, "पांचवां": 5, "दोनों": 2, "दशक": 10])
        // Hindi writes every number from 21 to 99 as a word of its own (इक्कीस 21, निन्यानबे 99), not as ten + unit.
        let hindiTwentyOneToNinetyNine = [
            "इक्कीस", "बाईस", "तेईस", "चौबीस", "पच्चीस", "छब्बीस", "सत्ताईस", "अट्ठाईस", "उनतीस", "तीस",
            "इकतीस", "बत्तीस", "तैंतीस", "चौंतीस", "पैंतीस", "छत्तीस", "सैंतीस", "अड़तीस", "उनतालीस", "चालीस",
            "इकतालीस", "बयालीस", "तैंतालीस", "चवालीस", "पैंतालीस", "छियालीस", "सैंतालीस", "अड़तालीस", "उनचास", "पचास",
            "इक्यावन", "बावन", "तिरेपन", "चौवन", "पचपन", "छप्पन", "सत्तावन", "अट्ठावन", "उनसठ", "साठ",
            "इकसठ", "बासठ", "तिरसठ", "चौंसठ", "पैंसठ", "छियासठ", "सड़सठ", "अड़सठ", "उनहत्तर", "सत्तर",
            "इकहत्तर", "बहत्तर", "तिहत्तर", "चौहत्तर", "पचहत्तर", "छिहत्तर", "सतहत्तर", "अठहत्तर", "उन्यासी", "अस्सी",
            "इक्यासी", "बयासी", "तिरासी", "चौरासी", "पचासी", "छियासी", "सत्तासी", "अट्ठासी", "नवासी", "नब्बे",
            "इक्यानबे", "बानबे", "तिरानबे", "चौरानबे", "पंचानबे", "छियानबे", "सत्तानबे", "अट्ठानबे", "निन्यानबे",
        ]
        add("hi", hindiTwentyOneToNinetyNine, from: 21)
        // Spellings in common use beside the ones above: -नवे for -नबे, तिरपन, उनासी, सरसठ, चवालीस/चौवालीस.
        add("hi", ["इक्यानवे": 91, "बानवे": 92, "तिरानवे": 93, "चौरानवे": 94, "पंचानवे": 95, "पचानवे": 95, "छियानवे": 96, "सत्तानवे": 97,
                   "अट्ठानवे": 98, "निन्यानवे": 99, "तिरपन": 53, "उनासी": 79, "उन्नासी": 79, "सरसठ": 67, "चौवालीस": 44,
                   "इकत्तीस": 31, "अठाईस": 28, "अट्ठारह": 18])
        // Latin: cardinals, and ordinals in the nominative and the ablative a date writes (`die duodecimo mensis Maii`).
        add("la", ["nihil", "unus", "duo", "tres", "quattuor", "quinque", "sex", "septem", "octo", "novem", "decem", "undecim", "duodecim",
                   "tredecim", "quattuordecim", "quindecim", "sedecim", "septendecim", "duodeviginti", "undeviginti", "viginti"])
        addTens("la", ["viginti", "triginta", "quadraginta", "quinquaginta", "sexaginta", "septuaginta", "octoginta", "nonaginta"])
        add("la", ["primo", "secundo", "tertio", "quarto", "quinto", "sexto", "septimo", "octavo", "nono", "decimo", "undecimo",
                   "duodecimo"], from: 1)
        add("la", ["primus", "secundus", "tertius", "quartus", "quintus", "sextus", "septimus", "octavus", "nonus", "decimus",
                   "undecimus", "duodecimus"], from: 1)
        add("la", ["una": 1, "duae": 2, "vicesimo": 20, "vigesimo": 20, "vicesimus": 20, "tricesimo": 30, "trigesimo": 30,
                   "tricesimus": 30, "centum": 100, "mille": 1000])
        // The ordinals a year in words is written with (`anno bis millesimo vicesimo sexto`, "in the two-thousandth
        // twenty-sixth year"; `anno millesimo nongentesimo quadragesimo octavo`, 1948), and `bis` (twice) before a thousand.
        addTens("la", ["vicesimo", "tricesimo", "quadragesimo", "quinquagesimo", "sexagesimo", "septuagesimo", "octogesimo",
                       "nonagesimo"])
        add("la", ["centesimo": 100, "ducentesimo": 200, "trecentesimo": 300, "quadringentesimo": 400, "quingentesimo": 500,
                   "sescentesimo": 600, "septingentesimo": 700, "octingentesimo": 800, "nongentesimo": 900, "millesimo": 1000,
                   "millesimus": 1000, "milia": 1000, "bis": 2])
        return table
    }()

    /// The words of ``words`` that name one half (their value in ``words`` is
    /// the denominator, 2): `half`, `mitad`, `moitié`, `половина`, `نصف`,
    /// `半`. Each may account for a figure 0.5 the other version writes in
    /// digits (`may not exceed 0.5 degree` against Literary Chinese
    /// `不得過半度`), as it accounts for a 2; never a figure of its own.
    static let halves: Set<String> = ["half", "mitad", "moitié", "половина", "نصف", "半"]

    /// The words of ``words`` that are numeric adjectives or nouns, not
    /// cardinals or ordinals: multiples and fractions (`twice`, `half`,
    /// `tercio`), periods (`decade`, `decenal`, `biennium`, `десятилетие`),
    /// collectives (`both`, `ambos`, `كلا`), `annual`, `bilateral`. Their
    /// value only accounts for a figure the other version writes in digits
    /// (`10-Year Framework` = `Marco Decenal`); it is never reported as a
    /// figure of its own.
    public static let adjectives: [String: Set<String>] = [
        "en": ["once", "twice", "thrice", "half", "halves", "thirds", "quarter", "quarters", "fourths", "fifths", "tenths", "dozen",
               "decade", "decades", "biennium", "biennial", "bienniums", "biennia", "triennial", "triennium", "quadrennial",
               "quadrennium", "quinquennial", "quinquennium", "decennial", "annual", "bilateral", "trilateral", "single", "double",
               "triple", "both", "second"],
        "es": ["ambos", "ambas", "doble", "triple", "mitad", "tercio", "tercios", "cuarto", "cuartos", "decenio", "decenios", "década",
               "bienio", "bienal", "bienales", "trienio", "trienal", "cuatrienal", "quinquenio", "quinquenal", "decenal", "decenales",
               "anual", "bilateral", "trilateral"],
        "fr": ["tiers", "quart", "quarts", "moitié", "double", "triple", "décennie", "décennies", "décennal", "décennale", "biennal",
               "biennale", "biennaux", "triennal", "triennale", "quadriennal", "quinquennal", "quinquennale", "annuel", "annuelle",
               "bilatéral", "trilatéral", "second", "seconde"],
        "ru": ["оба", "обе", "обоих", "половина", "треть", "трети", "десятилетие", "десятилетия", "десятилетний", "десятилетней",
               "десятилетняя", "десятилетнюю", "пятилетний", "пятилетнего", "двухгодичный", "двухгодичного", "двухгодичном",
               "ежегодный", "двусторонний", "трехсторонний"],
        "ar": ["عقد", "عقدين", "عشري", "ثلثي", "ثلثا", "ثلث", "نصف", "ربع", "كلا", "كلتا", "سنتين", "سنتان", "خمسية", "خماسي", "ثنائي",
               "ثلاثي", "سنوي", "ثانية"],
        "zh": ["双", "半"],
        "de": ["beide", "beiden", "jahrzehnt", "zweijährig", "fünfjährig", "zehnjährig"],
        "pt": ["ambos", "ambas", "década", "decenal", "bienal", "quinquenal", "anual"],
        "la": ["bis"],
        "hi": ["दोनों", "दशक"],
    ]

    /// How a language writes a number word and what it counts as one word
    /// (German `zehntägig`, `dreijährigen`, `fünffach`, `einundzwanzig`,
    /// `einundzwanzigste`): the words that follow a leading number word
    /// (``suffixes``, with their inflection ``endings``), the joiner between
    /// unit and ten, and the ordinal endings after a cardinal. Lower case.
    public struct OneWordCompounds: Sendable {
        /// What follows the leading number word of a numeric adjective: `tägig` (days), `jährig` (years), `fach` (-fold).
        public var suffixes: [String]
        /// Inflection endings after a suffix: `zehntägige`, `dreijährigen`.
        public var endings: Set<String>
        /// The word between unit and ten in one word: `und` (`einundzwanzig`).
        public var joiners: [String]
        /// Endings that make an ordinal of a cardinal written in one word: `einundzwanzigste`, `achtzehnten`, `साठवें`.
        public var ordinalEndings: [String]
        /// Words that multiply the cardinal before them and add the one after,
        /// largest first: `tausend` (`zweitausendfünfzig`), `hundert` (`dreihundert`).
        public var multipliers: [(word: String, factor: Int)] = []
        /// The longest compound read, in letters (`neunundsechzigsten` has 18).
        public var longestWord = 24
    }

    /// Languages that write number compounds as one word, and how.
    public static let oneWordCompounds: [String: OneWordCompounds] = [
        "de": OneWordCompounds(
            // "er" makes a noun of a number (Achttausender, a peak of 8,000 metres; Zehner).
            suffixes: ["tägig", "jährig", "monatig", "wöchig", "stündig", "minütig", "fach", "malig", "mal", "seitig", "teilig",
                       "köpfig", "stellig", "stufig", "sprachig", "prozentig", "er"],
            endings: ["e", "en", "er", "es", "em", "n"],
            joiners: ["und"],
            // Longest first: "sten" before "ste", "sten" before "ten".
            ordinalEndings: ["sten", "ster", "stes", "stem", "ste", "ten", "ter", "tes", "tem", "te"],
            multipliers: [("tausend", 1000), ("hundert", 100)]),
        // साठवें (sixtieth), बीसवाँ (twentieth): the ordinal ending after the cardinal.
        "hi": OneWordCompounds(suffixes: [], endings: [], joiners: [], ordinalEndings: ["वाँ", "वां", "वें", "वीं", "वी"], longestWord: 16),
    ]

    /// Words that join the parts of a compound number (`one hundred and five`,
    /// `veintitrés y`, `et un`), in any language.
    public static let joiners: Set<String> = ["and", "y", "et", "и", "و", "e", "und"]

    /// Words that add the hundred or thousand after them to the number before them, where the language names a
    /// number past a hundred so: Arabic `العاشرة بعد المائة` ("the tenth after the hundred", 110th).
    public static let additiveJoiners: Set<String> = ["بعد"]
}
