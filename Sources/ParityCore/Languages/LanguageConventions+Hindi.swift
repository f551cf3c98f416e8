extension LanguageConventions {
    /// Hindi, in Devanagari; numbers in international or Devanagari digits (१. २.).
    static let hindi = LanguageConventions(
        language: Language(code: "hi")!,
        names: ["hindi", "हिन्दी", "हिंदी", "hindí", "хинди", "الهندية", "印地文", "印地语", "hin", "ヒンディー語"],
        script: .devanagari,
        headingNumbering: [.romanNumerals, .latinCapitals],
        organNames: ["महासभा", "सुरक्षा परिषद", "आर्थिक और सामाजिक परिषद", "मानवाधिकार परिषद", "न्यासिता परिषद",
                     "अंतर्राष्ट्रीय न्यायालय", "सचिवालय", "निरस्त्रीकरण सम्मेलन"],
        organizationNames: ["संयुक्त राष्ट्र"],
        tableOfContentsCaptions: ["विषय-सूची", "विषय सूची", "अनुक्रमणिका"],
        tableOfContentsColumnWords: ["अनुच्छेद", "पैरा", "पृष्ठ", "अध्याय", "अनुलग्नक"],
        annexWords: ["अनुलग्नक", "परिशिष्ट"],
        monthNames: ["जनवरी", "फ़रवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "सितम्बर",
                     "अक्तूबर", "अक्टूबर", "नवंबर", "नवम्बर", "दिसंबर", "दिसम्बर"],
        calendarMonths: [["जनवरी"], ["फ़रवरी", "फरवरी"], ["मार्च"], ["अप्रैल"], ["मई"], ["जून"], ["जुलाई"], ["अगस्त"],
                         ["सितंबर", "सितम्बर"], ["अक्तूबर", "अक्टूबर"], ["नवंबर", "नवम्बर"], ["दिसंबर", "दिसम्बर"]],
        sessionWords: ["सत्र"],
        agendaItemWords: ["कार्यसूची मद", "मद"],
        originalLanguagePrefixes: ["मूल भाषा", "मूल"],
        frequentWords: ["के", "में", "की", "है", "और", "से", "को", "का"],
        bodyWords: ["समिति", "आयोग", "सम्मेलन", "कार्य समूह", "उपसमिति"],
        linkingWords: ["के", "की", "का", "में", "से", "और", "को", "पर", "तथा", "एवं"],
        articleWords: ["अनुच्छेद"],
        chapterWords: ["अध्याय"],
        partWords: ["भाग"],
        sectionWords: ["खंड", "खण्ड"],
        goalWords: ["लक्ष्य"],
        targetWords: ["उप-लक्ष्य"],
        speakerWords: ["अध्यक्ष", "महासचिव", "श्री", "श्रीमती", "सुश्री"],
        treatyPartyWords: ["राज्य पक्ष", "संविदाकारी पक्ष", "पक्षकार"],
        firstWords: []
    )
}
