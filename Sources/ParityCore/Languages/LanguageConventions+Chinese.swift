extension LanguageConventions {
    /// Chinese (simplified), as UN documents write it.
    static let chinese = LanguageConventions(
        language: .chinese,
        names: ["chinese", "chinois", "chino", "китайский", "الصينية", "中文", "汉语", "cmn",
                "chinesisch", "chinês", "中国語", "चीनी"],
        script: .han,
        writesSpacesBetweenWords: false,
        headingNumbering: [.chineseNumerals, .latinCapitals],
        organNames: ["大会", "安全理事会", "经济及社会理事会", "人权理事会", "托管理事会", "国际法院", "秘书处", "裁军谈判会议"],
        organizationNames: ["联合国"],
        tableOfContentsCaptions: ["目录", "目 录"],
        tableOfContentsColumnWords: ["段次", "页次", "页码", "段落", "页", "章次", "附件"],
        annexWords: ["附件", "附录"],
        monthNames: ["月"],
        calendarMonths: [["一月"], ["二月"], ["三月"], ["四月"], ["五月"], ["六月"], ["七月"], ["八月"], ["九月"], ["十月"],
                         ["十一月"], ["十二月"]],
        sessionWords: ["届会议", "届会"],
        agendaItemWords: ["议程项目", "临时议程项目"],
        originalLanguagePrefixes: ["原文"],
        frequentWords: ["的", "和", "在", "是", "对", "与", "为"],
        bodyWords: ["委员会", "小组委员会", "工作组", "执行局", "理事会", "缔约国会议", "政府专家组"],
        linkingWords: ["的", "和", "与", "及"],
        articleWords: ["条"],
        chapterWords: ["章"],
        partWords: ["部分"],
        sectionWords: ["节"],
        goalWords: ["目标"],
        targetWords: ["具体目标"],
        speakerWords: ["主席", "代理主席", "秘书长", "常务副秘书长"],
        treatyPartyWords: ["缔约国", "缔约各方", "各缔约方", "各国政府"],
        firstWords: ["第一"]
    )
}
