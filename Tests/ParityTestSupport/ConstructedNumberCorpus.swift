/// A constructed parallel corpus for the number model (written for the
/// tests, not UN text): nine paragraphs in the six UN languages and in
/// German and Hindi, each written with its language's own conventions —
/// decimal comma or point, thousands by point, space, comma or lakh, scale
/// words (`100.000 millones`, `1000亿`, `१०० अरब`), figures in words
/// (`treinta`, `seventeenth`, `dix-septième`, `fifteen`, `vingt et unième`,
/// `خمسة عشر`, `पंद्रह`), dates in local form
/// (`10.12.1948`, `一九四八年十二月十日`, `१० दिसम्बर १९४८`), Arabic-Indic and
/// Devanagari digits.
public enum ConstructedNumberCorpus {
    /// Paragraph texts by language code, paragraph 1 first.
    public static let paragraphs: [String: [String]] = [
        "en": [
            "The Assembly adopted resolution 70/1 on 25 September 2015.",
            "Official development assistance of 0.7 per cent of gross national income, and 0.15 to 0.20 per cent to least developed countries.",
            "Mobilize $100 billion annually by 2020 for 1,250,000 people.",
            "Holding warming well below 2 °C and pursuing efforts to limit it to 1.5 °C, by 2030.",
            "The Declaration was proclaimed on 10 December 1948 and has 30 articles.",
            "The budget of 2,345.67 dollars covers 48 posts during the biennium 2016–2017.",
            "The Committee held its seventeenth session from 3 to 14 June 2019 and adopted 12 recommendations.",
            "Article 25 of the Convention and paragraph 17 of the report (A/74/123).",
            "The Council of fifteen members held its twenty-first meeting on 2 May 2019.",
        ],
        "es": [
            "La Asamblea aprobó la resolución 70/1 el 25 de septiembre de 2015.",
            "Asistencia oficial para el desarrollo del 0,7% del ingreso nacional bruto, y del 0,15% al 0,20% para los países menos adelantados.",
            "Movilizar 100.000 millones de dólares anuales para 2020 en favor de 1.250.000 personas.",
            "Mantener el calentamiento muy por debajo de 2 °C y proseguir los esfuerzos para limitarlo a 1,5 °C, para 2030.",
            "La Declaración fue proclamada el 10 de diciembre de 1948 y tiene treinta artículos.",
            "El presupuesto de 2.345,67 dólares cubre 48 puestos durante el bienio 2016-2017.",
            "El Comité celebró su 17º período de sesiones del 3 al 14 de junio de 2019 y aprobó doce recomendaciones.",
            "El artículo 25 de la Convención y el párrafo 17 del informe (A/74/123).",
            "El Consejo, integrado por 15 miembros, celebró su 21ª sesión el 2 de mayo de 2019.",
        ],
        "fr": [
            "L'Assemblée a adopté la résolution 70/1 le 25 septembre 2015.",
            "Une aide publique au développement de 0,7 % du revenu national brut, et de 0,15 à 0,20 % pour les pays les moins avancés.",
            "Mobiliser 100 milliards de dollars par an d'ici à 2020 pour 1 250 000 personnes.",
            "Contenir le réchauffement nettement en dessous de 2 °C et poursuivre l'action menée pour le limiter à 1,5 °C, d'ici à 2030.",
            "La Déclaration a été proclamée le 10 décembre 1948 et compte 30 articles.",
            "Le budget de 2\u{202F}345,67 dollars couvre 48 postes pendant l'exercice biennal 2016-2017.",
            "Le Comité a tenu sa dix-septième session du 3 au 14 juin 2019 et a adopté 12 recommandations.",
            "L'article 25 de la Convention et le paragraphe 17 du rapport (A/74/123).",
            "Le Conseil, composé de quinze membres, a tenu sa vingt et unième séance le 2 mai 2019.",
        ],
        "ru": [
            "Ассамблея приняла резолюцию 70/1 25 сентября 2015 года.",
            "Официальная помощь в целях развития в размере 0,7 процента валового национального дохода и от 0,15 до 0,20 процента для наименее развитых стран.",
            "Мобилизовать 100 млрд. долл. США в год к 2020 году для 1\u{00A0}250\u{00A0}000 человек.",
            "Удержать потепление значительно ниже 2 °C и прилагать усилия для его ограничения 1,5 °C к 2030 году.",
            "Декларация была провозглашена 10.12.1948 и содержит 30 статей.",
            "Бюджет в размере 2 345,67 долл. покрывает 48 должностей в течение двухгодичного периода 2016–2017 годов.",
            "Комитет провел свою семнадцатую сессию 3–14 июня 2019 года и принял 12 рекомендаций.",
            "Статья 25 Конвенции и пункт 17 доклада (A/74/123).",
            "Совет в составе пятнадцати членов провел свое двадцать первое заседание 2 мая 2019 года.",
        ],
        "ar": [
            "اعتمدت الجمعية القرار 70/1 في 25 أيلول/سبتمبر 2015.",
            "مساعدة إنمائية رسمية بنسبة 0,7 في المائة من الدخل القومي الإجمالي، ومن 0,15 إلى 0,20 في المائة لأقل البلدان نموا.",
            "تعبئة ١٠٠ بليون دولار سنويا بحلول عام ٢٠٢٠ لصالح ١ ٢٥٠ ٠٠٠ شخص.",
            "الإبقاء على الاحترار دون 2 درجة مئوية ومواصلة الجهود لحصره في 1,5 درجة مئوية، بحلول عام 2030.",
            "صدر الإعلان في 10 كانون الأول/ديسمبر 1948 ويتضمن 30 مادة.",
            "تغطي الميزانية البالغة 2 345,67 دولارا 48 وظيفة خلال فترة السنتين 2016-2017.",
            "عقدت اللجنة دورتها السابعة عشرة في الفترة من 3 إلى 14 حزيران/يونيه 2019 واعتمدت 12 توصية.",
            "المادة 25 من الاتفاقية والفقرة 17 من التقرير (A/74/123).",
            "عقد المجلس المؤلف من خمسة عشر عضوا جلسته الحادية والعشرين في 2 أيار/مايو 2019.",
        ],
        "zh": [
            "大会于2015年9月25日通过第70/1号决议。",
            "官方发展援助达到国民总收入的0.7%，向最不发达国家提供0.15%至0.20%。",
            "每年筹集1000亿美元，到2020年惠及125万人。",
            "把升温控制在2°C以内，并努力将其限制在1.5°C以内，到2030年。",
            "《宣言》于一九四八年十二月十日宣布，共有30条。",
            "2,345.67美元的预算涵盖2016-2017两年期的48个员额。",
            "委员会于2019年6月3日至14日举行第十七届会议，通过了12项建议。",
            "《公约》第25条和报告(A/74/123)第17段。",
            "由15名成员组成的安理会于2019年5月2日举行第21次会议。",
        ],
        "de": [
            "Die Versammlung verabschiedete die Resolution 70/1 am 25. September 2015.",
            "Öffentliche Entwicklungshilfe von 0,7 Prozent des Einkommens und 0,15 bis 0,20 Prozent für die am wenigsten entwickelten Länder.",
            "Jährlich 100 Milliarden Dollar bis 2020 für 1.250.000 Menschen mobilisieren.",
            "Die Erwärmung deutlich unter 2 °C halten und sie auf 1,5 °C begrenzen, bis 2030.",
            "Die Erklärung wurde am 10.12.1948 verkündet und hat dreißig Artikel.",
            "Der Haushalt von 2.345,67 Dollar deckt 48 Stellen im Zweijahreszeitraum 2016–2017.",
            "Der Ausschuss hielt seine siebzehnte Tagung vom 3. bis 14. Juni 2019 ab und verabschiedete 12 Empfehlungen.",
            "Artikel 25 des Übereinkommens und Absatz 17 des Berichts (A/74/123).",
            "Der Rat mit fünfzehn Mitgliedern hielt am 2. Mai 2019 seine 21. Sitzung ab.",
        ],
        "hi": [
            "सभा ने २५ सितंबर २०१५ को संकल्प 70/1 को अपनाया।",
            "सकल राष्ट्रीय आय का ०.७ प्रतिशत और अल्प विकसित देशों के लिए ०.१५ से ०.२० प्रतिशत आधिकारिक विकास सहायता।",
            "२०२० तक प्रति वर्ष १०० अरब डॉलर जुटाना, १२,५०,००० लोगों के लिए।",
            "तापमान वृद्धि को २ °C से नीचे रखना और इसे १.५ °C तक सीमित करना, २०३० तक।",
            "घोषणा १० दिसम्बर १९४८ को की गई थी और इसमें ३० अनुच्छेद हैं।",
            "२,३४५.६७ डॉलर का बजट द्विवार्षिक अवधि २०१६–२०१७ में ४८ पदों को कवर करता है।",
            "समिति ने ३ से १४ जून २०१९ तक अपना सत्रहवाँ सत्र आयोजित किया और १२ सिफारिशें अपनाईं।",
            "अभिसमय का अनुच्छेद २५ और रिपोर्ट का पैराग्राफ १७ (A/74/123)।",
            "पंद्रह सदस्यों वाली परिषद ने २ मई २०१९ को अपनी २१वीं बैठक की।",
        ],
    ]

    /// The six UN languages, Spanish first.
    public static let unLanguages = ["es", "en", "fr", "ru", "ar", "zh"]
    /// Languages of the corpus outside the six, read by the general convention and their own tables.
    public static let otherLanguages = ["de", "hi"]
}
