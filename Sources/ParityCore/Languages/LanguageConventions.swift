/// What one UN language writes in the fixed parts of its documents: header
/// words, table-of-contents captions, annex captions, month names, and the
/// words that are most frequent in running text (for language detection).
///
/// Vocabulary is lower case. Header recognition consults every language, so
/// a document whose language is not yet known is still read correctly.
public struct LanguageConventions: Sendable, Hashable {
    /// The language described.
    public var language: Language
    /// Issuing organs as written in the header ("asamblea general").
    public var organNames: [String]
    /// "United Nations" as written above the organ name.
    public var organizationNames: [String]
    /// Table-of-contents captions ("índice", "contents").
    public var tableOfContentsCaptions: [String]
    /// Column captions of the table of contents ("párrafos", "página").
    public var tableOfContentsColumnWords: [String]
    /// Annex captions ("anexo", "annex").
    public var annexWords: [String]
    /// Month names as dates write them.
    public var monthNames: [String]
    /// Words that mark the session line ("período de sesiones", "session").
    public var sessionWords: [String]
    /// Words that begin the agenda-item line ("tema", "item").
    public var agendaItemWords: [String]
    /// Prefixes of the original-language line ("original", "язык оригинала").
    public var originalLanguagePrefixes: [String]
    /// Frequent short words, for telling Latin-script languages apart.
    public var frequentWords: [String]
    /// Words that begin the name of a subsidiary or treaty body set in the
    /// masthead ("committee", "commission"); for Chinese, the words such a name
    /// ends with ("委员会").
    public var bodyWords: [String] = []
    /// Articles, prepositions and conjunctions that cannot end a title or a
    /// sentence: a wrapped line ending in one goes on ("addressed to the" /
    /// "President of the Security Council").
    public var linkingWords: [String] = []
    /// The word an article title starts with ("article", "artículo",
    /// "статья", "المادة"); Chinese writes 第N条 instead (`ArticleLine`).
    public var articleWords: [String] = []

    /// The label of a numbered paragraph as this language writes it: `12.`, or `12 -` in Arabic.
    public func paragraphLabel(_ number: Int) -> String {
        language == .arabic ? "\(number) -" : "\(number)."
    }

    /// The label of a heading as this language writes it: level 1 `IV.` /
    /// `رابعا -` / `四.`; level 2 `B.` / `Б.` / `باء -`; level 3 `2.` / `2 -`.
    /// `nil` when the language has no label for that value (beyond its alphabet).
    public func headingLabel(level: Int, value: Int) -> String? {
        guard value > 0 else { return nil }
        switch (level, language) {
        case (1, .arabic):
            return value <= ArabicNumbering.ordinalWords.count ? ArabicNumbering.ordinalWords[value - 1] + " -" : nil
        case (1, .chinese):
            return value < 100 ? ChineseNumeral.labelSpelling(value) + "." : nil
        case (1, _):
            return value < 4000 ? RomanNumeral.spelling(value) + "." : nil
        case (2, .arabic):
            return value <= ArabicNumbering.letterNameWords.count ? ArabicNumbering.letterNameWords[value - 1] + " -" : nil
        case (2, .russian):
            return value <= CyrillicNumbering.uppercase.count ? String(Character(CyrillicNumbering.uppercase[value - 1])) + "." : nil
        case (2, _):
            return value <= 26 ? Numerals.latinLetter(value) + "." : nil
        case (3, _):
            return paragraphLabel(value)
        default:
            return nil
        }
    }

    /// The conventions of `language`.
    public static func of(_ language: Language) -> LanguageConventions {
        switch language {
        case .english: return english
        case .french: return french
        case .spanish: return spanish
        case .russian: return russian
        case .arabic: return arabic
        case .chinese: return chinese
        }
    }

    /// The conventions of all six languages.
    public static let all: [LanguageConventions] = [english, french, spanish, russian, arabic, chinese]

    static let english = LanguageConventions(
        language: .english,
        organNames: ["general assembly", "security council", "economic and social council", "human rights council",
                     "trusteeship council", "international court of justice", "secretariat", "conference on disarmament"],
        organizationNames: ["united nations"],
        tableOfContentsCaptions: ["contents", "table of contents"],
        tableOfContentsColumnWords: ["paragraphs", "paragraph", "page", "pages", "chapter", "annex"],
        annexWords: ["annex", "appendix", "enclosure"],
        monthNames: ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"],
        sessionWords: ["session"],
        agendaItemWords: ["item", "items", "agenda item", "provisional agenda item"],
        originalLanguagePrefixes: ["original"],
        frequentWords: ["the", "of", "and", "to", "in", "that", "for", "with", "was", "were", "on"],
        bodyWords: ["committee", "commission", "conference", "subcommittee", "subcommission", "working group", "executive board", "governing council", "board", "meeting of the states parties", "group of governmental experts", "preparatory committee"],
        linkingWords: ["the", "of", "and", "to", "on", "in", "for", "by", "with", "a", "an", "from", "at", "or", "its", "their", "into", "between", "against", "under"],
        articleWords: ["article"]
    )

    static let french = LanguageConventions(
        language: .french,
        organNames: ["assemblée générale", "conseil de sécurité", "conseil économique et social",
                     "conseil des droits de l'homme", "conseil des droits de l’homme", "conseil de tutelle",
                     "cour internationale de justice", "secrétariat", "conférence du désarmement"],
        organizationNames: ["nations unies", "organisation des nations unies"],
        tableOfContentsCaptions: ["table des matières", "sommaire"],
        tableOfContentsColumnWords: ["paragraphes", "paragraphe", "page", "pages", "chapitre", "annexe"],
        annexWords: ["annexe", "appendice", "pièce jointe"],
        monthNames: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                     "octobre", "novembre", "décembre"],
        sessionWords: ["session"],
        agendaItemWords: ["point", "points"],
        originalLanguagePrefixes: ["original"],
        frequentWords: ["les", "des", "et", "du", "le", "aux", "une", "est", "sur", "pour", "dans", "qui"],
        bodyWords: ["comité", "commission", "conférence", "sous-comité", "sous-commission", "groupe de travail", "conseil d’administration", "conseil d'administration", "réunion des états parties", "groupe d’experts gouvernementaux", "groupe d'experts gouvernementaux"],
        linkingWords: ["de", "du", "des", "la", "le", "les", "et", "à", "au", "aux", "sur", "pour", "par", "en", "dans", "avec", "ou", "entre", "contre"],
        articleWords: ["article"]
    )

    static let spanish = LanguageConventions(
        language: .spanish,
        organNames: ["asamblea general", "consejo de seguridad", "consejo económico y social",
                     "consejo de derechos humanos", "consejo de administración fiduciaria",
                     "corte internacional de justicia", "secretaría", "conferencia de desarme"],
        organizationNames: ["naciones unidas"],
        tableOfContentsCaptions: ["índice", "indice", "índice general"],
        tableOfContentsColumnWords: ["párrafos", "párrafo", "página", "páginas", "capítulo", "anexo"],
        annexWords: ["anexo", "apéndice", "adjunto"],
        monthNames: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                     "setiembre", "octubre", "noviembre", "diciembre"],
        sessionWords: ["período de sesiones", "periodo de sesiones"],
        agendaItemWords: ["tema", "temas"],
        originalLanguagePrefixes: ["original"],
        frequentWords: ["los", "las", "el", "y", "del", "que", "por", "una", "con", "para", "se"],
        bodyWords: ["comité", "comisión", "conferencia", "subcomité", "subcomisión", "grupo de trabajo", "junta ejecutiva", "consejo de administración", "reunión de los estados partes", "grupo de expertos gubernamentales"],
        linkingWords: ["de", "del", "la", "el", "los", "las", "y", "e", "o", "a", "al", "en", "sobre", "para", "por", "con", "entre", "contra"],
        articleWords: ["artículo", "articulo"]
    )

    static let russian = LanguageConventions(
        language: .russian,
        organNames: ["генеральная ассамблея", "совет безопасности", "экономический и социальный совет",
                     "совет по правам человека", "совет по опеке", "международный суд", "секретариат",
                     "конференция по разоружению"],
        organizationNames: ["организация объединенных наций", "организация объединённых наций"],
        tableOfContentsCaptions: ["содержание", "оглавление"],
        tableOfContentsColumnWords: ["пункты", "пункт", "стр.", "стр", "страница", "глава", "приложение"],
        annexWords: ["приложение", "добавление"],
        monthNames: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                     "октября", "ноября", "декабря"],
        sessionWords: ["сессия", "сессии"],
        agendaItemWords: ["пункт", "пункты"],
        originalLanguagePrefixes: ["язык оригинала", "original"],
        frequentWords: ["и", "в", "на", "по", "что", "с", "для", "не", "о"],
        bodyWords: ["комитет", "комиссия", "конференция", "подкомитет", "подкомиссия", "рабочая группа", "исполнительный совет", "совет управляющих", "совещание государств-участников", "группа правительственных экспертов"],
        linkingWords: ["и", "в", "во", "на", "по", "о", "об", "с", "со", "для", "к", "из", "от", "при", "между", "против"],
        articleWords: ["статья"]
    )

    static let arabic = LanguageConventions(
        language: .arabic,
        organNames: ["الجمعية العامة", "مجلس الأمن", "المجلس الاقتصادي والاجتماعي", "مجلس حقوق الإنسان",
                     "مجلس الوصاية", "محكمة العدل الدولية", "الأمانة العامة", "مؤتمر نزع السلاح"],
        organizationNames: ["الأمم المتحدة"],
        tableOfContentsCaptions: ["المحتويات", "المحتويـات"],
        tableOfContentsColumnWords: ["الفقرات", "الفقرة", "الصفحة", "الصفحات", "الفصل", "المرفق"],
        annexWords: ["المرفق", "مرفق", "التذييل", "الضميمة"],
        monthNames: ["كانون الثاني", "يناير", "شباط", "فبراير", "آذار", "مارس", "نيسان", "أبريل", "أيار", "مايو",
                     "حزيران", "يونيه", "يونيو", "تموز", "يوليه", "يوليو", "آب", "أغسطس", "أيلول", "سبتمبر",
                     "تشرين الأول", "أكتوبر", "تشرين الثاني", "نوفمبر", "كانون الأول", "ديسمبر"],
        sessionWords: ["الدورة"],
        agendaItemWords: ["البند", "البندان", "البنود"],
        originalLanguagePrefixes: ["الأصل", "الاصل"],
        frequentWords: ["في", "من", "على", "إلى", "أن", "التي", "الذي"],
        bodyWords: ["لجنة", "اللجنة", "مؤتمر", "المؤتمر", "اللجنة الفرعية", "الفريق العامل", "المجلس التنفيذي", "مجلس الإدارة", "اجتماع الدول الأطراف", "فريق الخبراء الحكوميين"],
        linkingWords: ["في", "من", "على", "إلى", "عن", "بين", "مع"],
        articleWords: ["المادة", "مادة"]
    )

    static let chinese = LanguageConventions(
        language: .chinese,
        organNames: ["大会", "安全理事会", "经济及社会理事会", "人权理事会", "托管理事会", "国际法院", "秘书处", "裁军谈判会议"],
        organizationNames: ["联合国"],
        tableOfContentsCaptions: ["目录", "目 录"],
        tableOfContentsColumnWords: ["段次", "页次", "页码", "段落", "页", "章次", "附件"],
        annexWords: ["附件", "附录"],
        monthNames: ["月"],
        sessionWords: ["届会议", "届会"],
        agendaItemWords: ["议程项目", "临时议程项目"],
        originalLanguagePrefixes: ["原文"],
        frequentWords: [],
        bodyWords: ["委员会", "小组委员会", "工作组", "执行局", "理事会", "缔约国会议", "政府专家组"],
        linkingWords: [],
        articleWords: []
    )
}
