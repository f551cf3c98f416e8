/// Month names of the six UN languages (lower case; Arabic normalized by
/// `ArabicText.normalize`), including Russian genitive forms and both the
/// Levantine and the Egyptian Arabic names that UN Arabic writes together
/// ("تموز/يوليه").
enum MonthNames {
    static let single: [String: Int] = {
        var table: [String: Int] = [:]
        let lists: [[String]] = [
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
            ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
            ["يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر"],
        ]
        for list in lists { for (index, name) in list.enumerated() { table[name] = index + 1 } }
        let variants: [String: Int] = [
            "setiembre": 9, "fevrier": 2, "aout": 8, "decembre": 12, "sept": 9,
            "مايه": 5, "يونيه": 6, "يوليه": 7, "ابريل": 4,
            "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9,
        ]
        table.merge(variants) { old, _ in old }
        return table
    }()

    /// Levantine Arabic months written as two words: first word, then the
    /// second word and the month it gives.
    static let twoWord: [String: [String: Int]] = [
        "كانون": ["الثاني": 1, "الاول": 12],
        "تشرين": ["الاول": 10, "الثاني": 11],
    ]
}
