/// Constructed paragraphs (made up for the tests) in languages the language
/// detector cannot tell from a kin language of their script, each with the
/// same figures (2026, 14): Saraiki and Balochi in the Arabic script (read as
/// Urdu or another profiled Arabic-script language, or unnamed), Konkani in
/// Devanagari (read as Hindi), and English and Ukrainian for misnamed files.
public enum ConstructedKinTexts {
    /// Saraiki (Arabic script, with its implosives `ٻ ڄ ڳ ݙ` and `ݨ`).
    public static let saraiki = "۱. کمیٹی حکومت دیاں کوششاں دی تعریف کریندی ہے، جیں 2026 وچ چوداں 14 لائٹ ہاؤس ولا ٻݨائے تے سدھاراں کیتیاں۔\n\n"
        + "۲. کمیٹی حکومت کوں آہدی ہے جو اپݨا تجربہ ڳوانڈھی ملکاں نال ونݙے تے ڄاݨ ݙیوے۔\n"

    /// Goan Konkani (Devanagari).
    public static let konkani = "१. समितीन सरकाराच्या यत्नांचें स्वागत केलें, जाणें 2026 वर्सा 14 दिवेघर परत बांदले आनी सुदारणा केल्यो.\n\n"
        + "२. समिती सरकाराक हो अणभव शेजारच्या देशां कडेन वांटपाक सांगता.\n"

    /// Balochi (Arabic script).
    public static let balochi = "۱. کمیٹی ءَ حکومت ءِ جُهد ستا کُتگ انت، که آییءَ 2026 ءَ 14 دریائی چراگ نوک کُتگ انت۔\n\n"
        + "۲. کمیٹی ءَ حکومت ءَ گوشتگ که وتی تجربه ءَ گۆن همسایگین مُلکان بهر بکنت۔\n"

    /// English.
    public static let english = "1. The Committee welcomes the efforts of the State, which in 2026 restored 14 lighthouses and carried out reforms.\n\n"
        + "2. The Committee encourages the State to share its experience with the other countries of the region.\n"

    /// Ukrainian (Cyrillic, with `і ї є ґ`).
    public static let ukrainian = "1. Комітет вітає зусилля держави, яка у 2026 році відновила 14 маяків і запровадила ґрунтовні реформи.\n\n"
        + "2. Комітет заохочує державу поширювати інформацію про її досвід серед інших країн регіону.\n"
}
