extension LanguageConventions {
    /// English, as UN documents write it.
    static let english = LanguageConventions(
        language: .english,
        names: ["english", "anglais", "inglés", "ingles", "английский", "الإنكليزية", "الانكليزية", "الإنجليزية", "英文", "英语", "eng",
                "englisch", "inglês", "英語", "अंग्रेज़ी", "अंग्रेजी"],
        script: .latin,
        headingNumbering: [.romanNumerals, .latinCapitals],
        organNames: ["general assembly", "security council", "economic and social council", "human rights council",
                     "trusteeship council", "international court of justice", "secretariat", "conference on disarmament"],
        organizationNames: ["united nations"],
        tableOfContentsCaptions: ["contents", "table of contents"],
        tableOfContentsColumnWords: ["paragraphs", "paragraph", "page", "pages", "chapter", "annex"],
        annexWords: ["annex", "appendix", "enclosure"],
        monthNames: ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"],
        calendarMonths: [["january"], ["february"], ["march"], ["april"], ["may"], ["june"], ["july"], ["august"],
                         ["september", "sept"], ["october"], ["november"], ["december"]],
        sessionWords: ["session"],
        agendaItemWords: ["item", "items", "agenda item", "provisional agenda item"],
        originalLanguagePrefixes: ["original"],
        frequentWords: ["the", "of", "and", "to", "in", "that", "for", "with", "was", "were", "on"],
        bodyWords: ["committee", "commission", "conference", "subcommittee", "subcommission", "working group", "executive board", "governing council", "board", "meeting of the states parties", "group of governmental experts", "preparatory committee"],
        linkingWords: ["the", "of", "and", "to", "on", "in", "for", "by", "with", "a", "an", "from", "at", "or", "its", "their", "into", "between", "against", "under"],
        articleWords: ["article"],
        chapterWords: ["chapter"],
        partWords: ["part"],
        sectionWords: ["section"],
        goalWords: ["goal"],
        targetWords: ["target"],
        speakerWords: ["the president", "the acting president", "the chair", "the chairman", "the chairperson", "the acting chair", "the secretary-general", "the deputy secretary-general", "mr.", "mrs.", "ms.", "miss", "dr.", "sir", "lord", "dame", "archbishop", "prince", "princess", "king", "queen", "sheikh", "cardinal"],
        firstWords: ["first"]
    )
}
