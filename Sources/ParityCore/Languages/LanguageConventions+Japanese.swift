extension LanguageConventions {
    /// Japanese: written without spaces, articles as 第N条, dates as 2006年7月27日.
    static let japanese = LanguageConventions(
        language: Language(code: "ja")!,
        names: ["japanese", "日本語", "japonais", "japonés", "japones", "japanisch", "japonês", "японский", "اليابانية",
                "日文", "日语", "jpn", "जापानी"],
        script: .han,
        writesSpacesBetweenWords: false,
        headingNumbering: [.romanNumerals, .latinCapitals],
        organNames: ["総会", "安全保障理事会", "経済社会理事会", "人権理事会", "信託統治理事会", "国際司法裁判所", "事務局", "軍縮会議"],
        organizationNames: ["国際連合", "国連"],
        tableOfContentsCaptions: ["目次"],
        tableOfContentsColumnWords: ["段落", "ページ", "頁", "章", "附属書"],
        annexWords: ["附属書", "付属書", "別添"],
        monthNames: ["月"],
        calendarMonths: [["一月"], ["二月"], ["三月"], ["四月"], ["五月"], ["六月"], ["七月"], ["八月"], ["九月"], ["十月"],
                         ["十一月"], ["十二月"]],
        sessionWords: ["会期"],
        agendaItemWords: ["議題"],
        originalLanguagePrefixes: ["原文"],
        frequentWords: ["の", "に", "は", "を", "た", "が", "で", "て"],
        bodyWords: ["委員会", "小委員会", "作業部会", "執行理事会", "締約国会議", "政府専門家グループ"],
        linkingWords: ["の", "と", "及び"],
        articleWords: ["条"],
        chapterWords: ["章"],
        partWords: ["部"],
        sectionWords: ["節"],
        goalWords: ["目標"],
        targetWords: ["ターゲット"],
        speakerWords: ["議長", "議長代行", "事務総長"],
        treatyPartyWords: ["締約国", "締約各国", "各締約国"],
        firstWords: []
    )
}
