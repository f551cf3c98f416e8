/// Whether the language detector (``LanguageDetector``) can tell a language a
/// file name gives from the language it reads in the text: when it cannot, a
/// name that differs from the reading is no mistake to report.
///
/// Derived from what the detector does, not listed by hand:
/// - In the Latin script it reads a language from its frequent words at a
///   confident share, or from letters only one alphabet explains: positive
///   evidence. A Latin reading always contradicts another name (an English
///   text named `-FR.txt` is reported).
/// - In another script it reads the script's usual language (Devanagari →
///   Hindi, Arabic → Arabic, Cyrillic → Russian …) unless letters or words
///   name one of the few languages it has evidence for: the Arabic-script
///   profiles (`ArabicScriptLanguages`: fa, ur, ps, sd, ug, ckb), the
///   Cyrillic alphabets holding letters Russian's lacks (`LetterEvidence`:
///   uk, be, kk, sr, mk …), traditional Chinese and Cantonese. Those are the
///   languages it can name (`nameable`).
///
/// So a text read as `read` may be in `named` without a word when the two are
/// written in one script other than Latin (or CLDR gives `named` no script,
/// as for `gom`: then the text's script is taken for it; or the Latin script
/// without locale data, as for `lzz`, Laz, written in the Georgian script too:
/// `LikelyScript.mayWrite(_:script:)`; kana count as Japanese writing, so
/// `ain` is kin of `ja`) and the detector has
/// no evidence for `named`: it can only read such a text as the script's
/// usual language or as the nameable language whose letters it shares. Kin
/// that follow: ur/sd/fa/ar with skr, bal, pnb, brh; hi with gom, kok, mai,
/// bho, mr, ne, new; ru with bg (its alphabet is a subset of Russian's) and
/// with languages CLDR gives no alphabet. Not kin: ru and uk (Ukrainian
/// writes і ї є ґ, Russian ы э ъ ё, and the detector names either from
/// them), ur and fa, hi and an Arabic-script name, any two Latin languages.
public enum DetectorKin {
    /// Whether a text the detector reads as `read` may be in `named` without the detector being able to tell.
    public static func cannotTell(_ named: Language, from read: Language) -> Bool {
        if named.primary == read.primary { return true }
        guard let readScript = LikelyScript.unifiedScript(of: read), readScript != "Latn" else { return false }
        guard LikelyScript.mayWrite(named, script: readScript) else { return false }
        return !nameable.contains(named.primary)
    }

    /// The primary subtags of the languages the detector can name in a script other than Latin: each script's
    /// usual language, the Arabic-script profiles, the Cyrillic alphabets with letters Russian's lacks, Cantonese.
    static let nameable: Set<String> = {
        var codes = Set(WritingScript.allCases.compactMap(\.usualLanguage).map(\.primary))
        codes.formUnion(ArabicScriptLanguages.profiles.map(\.language.primary))
        let russian = LetterEvidence.cyrillic.first { $0.language == "ru" }?.letters ?? []
        for alphabet in LetterEvidence.cyrillic where !alphabet.letters.isSubset(of: russian) {
            codes.insert(alphabet.language)
        }
        codes.insert("yue")
        return codes
    }()
}
