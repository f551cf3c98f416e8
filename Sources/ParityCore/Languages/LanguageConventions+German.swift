extension LanguageConventions {
    /// German, as German-language UN and EU documents write it.
    static let german = LanguageConventions(
        language: Language(code: "de")!,
        names: ["german", "deutsch", "allemand", "alemán", "aleman", "alemão", "немецкий", "الألمانية", "德文", "德语", "deu",
                "ドイツ語", "जर्मन"],
        script: .latin,
        decimalComma: true,
        dayNumberTakesPeriod: true,
        headingNumbering: [.romanNumerals, .latinCapitals],
        organNames: ["generalversammlung", "sicherheitsrat", "wirtschafts- und sozialrat", "menschenrechtsrat", "treuhandrat",
                     "internationaler gerichtshof", "sekretariat", "abrüstungskonferenz"],
        organizationNames: ["vereinte nationen"],
        tableOfContentsCaptions: ["inhalt", "inhaltsverzeichnis"],
        tableOfContentsColumnWords: ["ziffer", "ziffern", "absatz", "absätze", "seite", "seiten", "kapitel", "anlage", "anhang"],
        annexWords: ["anlage", "anhang"],
        monthNames: ["januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
                     "oktober", "november", "dezember"],
        calendarMonths: [["januar", "jänner"], ["februar"], ["märz", "maerz"], ["april"], ["mai"], ["juni"], ["juli"],
                         ["august"], ["september"], ["oktober"], ["november"], ["dezember"]],
        sessionWords: ["tagung"],
        agendaItemWords: ["tagesordnungspunkt", "punkt"],
        originalLanguagePrefixes: ["original", "originalsprache"],
        // Not "des" (French), "die" or "in" (English), "das" (Portuguese).
        frequentWords: ["der", "und", "den", "dem", "von", "mit", "zu", "im", "ist", "auf", "für", "sich", "ein", "eine", "nicht"],
        bodyWords: ["ausschuss", "kommission", "konferenz", "unterausschuss", "arbeitsgruppe", "exekutivrat", "verwaltungsrat",
                    "tagung der vertragsstaaten", "gruppe von regierungssachverständigen", "vorbereitungsausschuss"],
        linkingWords: ["der", "des", "dem", "den", "und", "von", "zur", "zum", "für", "mit", "auf", "über", "gegen", "zwischen"],
        articleWords: ["artikel"],
        chapterWords: ["kapitel"],
        partWords: ["teil"],
        sectionWords: ["abschnitt"],
        goalWords: ["ziel"],
        targetWords: ["zielvorgabe"],
        speakerWords: ["der präsident", "die präsidentin", "der vorsitzende", "die vorsitzende", "der generalsekretär", "die generalsekretärin", "herr", "frau"],
        treatyPartyWords: ["vertragsstaaten", "hohen vertragsparteien", "vertragsparteien", "regierungen"],
        firstWords: []
    )
}
