/// Currency signs, names and ISO 4217 codes that make a figure an amount
/// (`$100 billion`, `100.000 millones de dólares`, `100亿美元`, `CHF 500`)
/// and say which currency it is in.
///
/// A currency is an ISO 4217 code (`EUR`) when the words name one currency,
/// or a family (`dollar`) when they may name several: `dollars` is the
/// United States dollar or another dollar, a bare `$` any dollar or peso,
/// `¥` the yen or the yuan. Two amounts of equal value differ in currency
/// only when their currencies cannot be the same (``mayBeSame(_:_:)``):
/// `euros` against `dollars`, never `$` against `US$` or `dollars` against
/// `долларов США`. Names are read after the figure or its scale word,
/// lower case, in any language (Arabic normalized when read).
public enum CurrencyWords {
    /// Currency names written after the figure (or its scale word), by
    /// language code, each with its currency. `de`/`of` between the scale
    /// word and the name is skipped when read (`millones de dólares`).
    /// Abbreviations are listed without their point (`долл`), the Arabic
    /// accusative too (`دولارا`). Adjectives written before the noun start
    /// the phrase (`swiss francs`, `швейцарских франков`).
    public static let names: [String: [String: String]] = [
        "en": ["dollar": "dollar", "dollars": "dollar", "united states dollars": "USD", "us dollars": "USD",
               "canadian dollars": "CAD", "australian dollars": "AUD", "euro": "EUR", "euros": "EUR",
               "franc": "franc", "francs": "franc", "swiss francs": "CHF", "cfa francs": "franc-cfa",
               "pounds sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "roubles": "ruble", "rubles": "ruble",
               "rupees": "rupee", "pesos": "peso"],
        "fr": ["dollar": "dollar", "dollars": "dollar", "dollars des états-unis": "USD", "dollars canadiens": "CAD",
               "euro": "EUR", "euros": "EUR", "franc": "franc", "francs": "franc", "francs suisses": "CHF", "francs cfa": "franc-cfa",
               "livres sterling": "GBP", "yens": "JPY", "yuans": "CNY", "roubles": "ruble", "roupies": "rupee"],
        "es": ["dólar": "dollar", "dólares": "dollar", "dolares": "dollar", "dólares de los estados unidos": "USD",
               "dólares estadounidenses": "USD", "dólares canadienses": "CAD", "euro": "EUR", "euros": "EUR",
               "francos": "franc", "francos suizos": "CHF", "francos cfa": "franc-cfa", "libras esterlinas": "GBP",
               "yenes": "JPY", "yuanes": "CNY", "rublos": "ruble", "rupias": "rupee", "pesos": "peso"],
        "ru": ["доллар": "dollar", "доллара": "dollar", "долларов": "dollar", "долл": "dollar",
               "долларов сша": "USD", "доллара сша": "USD", "доллар сша": "USD", "евро": "EUR",
               "франк": "franc", "франка": "franc", "франков": "franc", "швейцарских франков": "CHF", "швейцарского франка": "CHF",
               "фунтов стерлингов": "GBP", "иен": "JPY", "юаней": "CNY", "рубль": "ruble", "рубля": "ruble", "рублей": "ruble",
               "руб": "ruble", "рупий": "rupee"],
        "ar": ["دولار": "dollar", "دولارا": "dollar", "دولارات": "dollar", "دولار من دولارات الولايات المتحدة": "USD",
               "دولار أمريكي": "USD", "يورو": "EUR", "فرنك": "franc", "فرنكا": "franc", "فرنك سويسري": "CHF",
               "جنيه استرليني": "GBP", "يوان": "CNY", "روبل": "ruble"],
        "zh": ["美元": "USD", "欧元": "EUR", "元": "yuan", "人民币": "CNY", "日元": "JPY", "港元": "HKD", "加元": "CAD",
               "澳元": "AUD", "瑞士法郎": "CHF", "法郎": "franc", "英镑": "GBP", "卢布": "ruble", "卢比": "rupee"],
        "ja": ["ドル": "dollar", "ユーロ": "EUR", "円": "JPY"],
        "de": ["dollar": "dollar", "euro": "EUR", "franken": "franc", "schweizer franken": "CHF"],
        "pt": ["dólares": "dollar", "euros": "EUR", "reais": "BRL"],
        "it": ["dollari": "dollar", "euro": "EUR"],
        "hi": ["रुपये": "rupee", "डॉलर": "dollar"],
    ]

    /// Signs written before the figure or attached after it, with their
    /// currency (the general convention, every language).
    public static let signs: [String: String] = [
        "$": "$", "€": "EUR", "£": "pound", "¥": "yen-yuan", "￥": "yen-yuan", "₽": "ruble", "₹": "INR", "﷼": "riyal",
        "₩": "KRW", "₺": "TRY", "₴": "UAH", "₦": "NGN", "₪": "ILS", "฿": "THB",
    ]

    /// Letters written against `$` that say which dollar or peso it is
    /// (`US$`, `CAN$`, `R$`), upper case as written. A `$` with other letters
    /// attached is an amount of unknown currency.
    public static let signPrefixes: [String: String] = [
        "US": "USD", "CA": "CAD", "CAN": "CAD", "AU": "AUD", "A": "AUD", "NZ": "NZD", "HK": "HKD", "SG": "SGD", "S": "SGD",
        "R": "BRL", "MX": "MXN", "MEX": "MXN",
    ]

    /// ISO 4217 codes read when written in capitals before or after the
    /// figure (`USD 2.5 million`, `500 CHF`). Codes that are also common
    /// acronyms in UN texts (`SDG`, the Sudanese pound) or words (`ALL`,
    /// `TOP`, `CUP`) are left out.
    public static let codes: Set<String> = [
        "USD", "EUR", "CHF", "GBP", "JPY", "CNY", "RUB", "CAD", "AUD", "NZD", "HKD", "SGD", "INR", "BRL", "MXN", "ARS",
        "CLP", "COP", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "ZAR", "XOF", "XAF", "SAR", "AED", "EGP", "KES", "NGN", "KRW",
    ]

    /// The ISO 4217 codes each family may stand for.
    public static let families: [String: Set<String>] = {
        let dollars: Set<String> = ["USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "JMD", "BSD", "BBD", "BZD", "BMD", "BND",
                                    "FJD", "GYD", "KYD", "LRD", "NAD", "SBD", "SRD", "TTD", "XCD", "ZWL", "TVD"]
        let pesos: Set<String> = ["MXN", "ARS", "CLP", "COP", "CUP", "DOP", "UYU", "PHP"]
        return [
            "dollar": dollars,
            // `$` also writes the pesos, the córdoba and the pa'anga.
            "$": dollars.union(pesos).union(["NIO", "TOP", "BRL"]),
            "peso": pesos,
            "franc": ["CHF", "XOF", "XAF", "XPF", "CDF", "GNF", "RWF", "BIF", "DJF", "KMF", "FRF", "BEF", "LUF"],
            "franc-cfa": ["XOF", "XAF"],
            "pound": ["GBP", "EGP", "LBP", "SDG", "SSP", "SYP", "FKP", "GIP", "SHP"],
            "yen-yuan": ["JPY", "CNY"],
            "yuan": ["CNY", "TWD", "HKD", "MOP"],
            "ruble": ["RUB", "BYN"],
            "rupee": ["INR", "PKR", "LKR", "NPR", "MUR", "SCR"],
            "riyal": ["SAR", "QAR", "OMR", "YER", "IRR"],
        ]
    }()

    /// The ISO 4217 codes a currency (code or family) may stand for.
    public static func possibleCodes(_ currency: String) -> Set<String> {
        families[currency] ?? [currency]
    }

    /// Whether two currencies may be the same one: a code against a family
    /// that holds it (`USD`, `$`), two families that share a code (`¥`, `元`).
    public static func mayBeSame(_ a: String, _ b: String) -> Bool {
        a == b || !possibleCodes(a).isDisjoint(with: possibleCodes(b))
    }
}
