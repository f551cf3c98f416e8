/// Thousand, lakh (10^5), crore (10^7) and arab (10^9) in South Asian
/// languages whose CLDR spell-out rules do not give them (ICU spells Urdu,
/// Bengali, Punjabi (Gurmukhi and Shahmukhi) and Marathi numbers in English) or give them in a rare
/// spelling (Gujarati `કરોડ઼` with a nukta; `કરોડ` is the usual one). Written
/// by hand; read after the CLDR scale words of the language
/// (``CLDRLanguageTables``), so that `۳۹ لاکھ` = 3,900,000 and
/// `৪৮০ কোটি` = 4,800,000,000.
enum SouthAsianScaleWords {
    /// Scale word → power of ten, by language code.
    static let words: [String: [String: Int]] = [
        // Urdu: ہزار thousand, لاکھ lakh, کروڑ crore, ارب arab, کھرب kharab.
        "ur": ["ہزار": 3, "لاکھ": 5, "کروڑ": 7, "ارب": 9, "کھرب": 11],
        // Punjabi in Shahmukhi (tagged by its script: CLDR gives `pnb` no likely script), as Saraiki and Hindko also
        // spell them: ہزار thousand, لکھ lakh, کروڑ crore, ارب arab. Read by the Arabic script's kin (``ScriptKinScaleWords``).
        "pa-Arab": ["ہزار": 3, "لکھ": 5, "کروڑ": 7, "ارب": 9],
        // Bengali: হাজার thousand, লাখ / লক্ষ lakh, কোটি crore.
        "bn": ["হাজার": 3, "লাখ": 5, "লক্ষ": 5, "কোটি": 7],
        // Punjabi (Gurmukhi): ਹਜ਼ਾਰ / ਹਜਾਰ thousand, ਲੱਖ lakh, ਕਰੋੜ crore, ਅਰਬ arab.
        "pa": ["ਹਜ਼ਾਰ": 3, "ਹਜਾਰ": 3, "ਲੱਖ": 5, "ਕਰੋੜ": 7, "ਅਰਬ": 9],
        // Marathi: हजार thousand, लाख lakh, कोटी crore, अब्ज arab.
        "mr": ["हजार": 3, "लाख": 5, "कोटी": 7, "अब्ज": 9],
        // Gujarati: કરોડ crore without the nukta CLDR writes.
        "gu": ["હજાર": 3, "લાખ": 5, "કરોડ": 7, "અબજ": 9],
        // Telugu: వెయ్యి / వేయి / వేల thousand, లక్ష lakh, కోటి crore, with their plural and oblique forms (లక్షల,
        // కోట్ల: words of under five letters are read without endings).
        "te": ["వెయ్యి": 3, "వేయి": 3, "వేల": 3, "లక్ష": 5, "లక్షల": 5, "లక్షలు": 5, "కోటి": 7, "కోట్లు": 7, "కోట్ల": 7],
        // Malayalam: ആയിരം thousand, ലക്ഷം lakh, കോടി crore.
        "ml": ["ആയിരം": 3, "ലക്ഷം": 5, "കോടി": 7],
        // Kannada: ಸಾವಿರ thousand, ಲಕ್ಷ lakh, ಕೋಟಿ crore.
        "kn": ["ಸಾವಿರ": 3, "ಲಕ್ಷ": 5, "ಕೋಟಿ": 7],
        // Odia: ହଜାର thousand, ଲକ୍ଷ lakh, କୋଟି crore.
        "or": ["ହଜାର": 3, "ଲକ୍ଷ": 5, "କୋଟି": 7],
        // Assamese: হাজাৰ thousand, লাখ lakh, কোটি crore.
        "as": ["হাজাৰ": 3, "লাখ": 5, "কোটি": 7],
        // Sinhala: දහස thousand, ලක්ෂ lakh, කෝටි crore.
        "si": ["දහස": 3, "ලක්ෂ": 5, "කෝටි": 7],
    ]
}
