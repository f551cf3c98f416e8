extension LanguageConventions {
    /// Portuguese (European and Brazilian spellings).
    static let portuguese = LanguageConventions(
        language: Language(code: "pt")!,
        names: ["portuguese", "português", "portugues", "portugais", "portugués", "portugiesisch", "португальский",
                "البرتغالية", "葡萄牙文", "葡萄牙语", "por", "ポルトガル語", "पुर्तगाली"],
        script: .latin,
        decimalComma: true,
        headingNumbering: [.romanNumerals, .latinCapitals],
        organNames: ["assembleia geral", "conselho de segurança", "conselho económico e social", "conselho econômico e social",
                     "conselho de direitos humanos", "conselho dos direitos humanos", "conselho de tutela",
                     "tribunal internacional de justiça", "corte internacional de justiça", "secretariado",
                     "conferência sobre o desarmamento"],
        organizationNames: ["nações unidas", "organização das nações unidas"],
        tableOfContentsCaptions: ["índice", "indice", "sumário"],
        tableOfContentsColumnWords: ["parágrafos", "parágrafo", "página", "páginas", "capítulo", "anexo"],
        annexWords: ["anexo", "apêndice"],
        monthNames: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
                     "outubro", "novembro", "dezembro"],
        calendarMonths: [["janeiro"], ["fevereiro"], ["março"], ["abril"], ["maio"], ["junho"], ["julho"], ["agosto"],
                         ["setembro"], ["outubro"], ["novembro"], ["dezembro"]],
        sessionWords: ["sessão"],
        agendaItemWords: ["item", "ponto"],
        originalLanguagePrefixes: ["original"],
        // Not "a", "o", "de", "que" (Spanish and French have them), "do", "as" (English), "das" (German).
        frequentWords: ["não", "em", "uma", "ao", "aos", "pelo", "pela", "na", "nas", "é", "às", "são", "seu", "sua", "foi", "da"],
        bodyWords: ["comité", "comissão", "conferência", "subcomité", "subcomissão", "grupo de trabalho", "conselho executivo",
                    "conselho de administração", "reunião dos estados partes", "grupo de peritos governamentais"],
        linkingWords: ["de", "da", "e", "em", "na", "nas", "para", "por", "com", "entre", "contra", "pelo", "pela", "ao", "aos", "sobre"],
        articleWords: ["artigo"],
        chapterWords: ["capítulo"],
        partWords: ["parte"],
        sectionWords: ["secção", "seção"],
        goalWords: ["objetivo"],
        targetWords: ["meta"],
        speakerWords: ["o presidente", "a presidente", "o secretário-geral", "a secretária-geral", "sr.", "sra."],
        firstWords: ["primeiro"]
    )
}
