/// Languages whose clock counts the hours from 6 a.m. (dawn) and from
/// 6 p.m. (dusk), as East African Swahili and Luganda do: `saa 1 asubuhi`
/// (the first hour of the morning) is 7:00, `saa 4 asubuhi` 10:00,
/// `saa 7 mchana` 13:00, `saa 2 usiku` 20:00; Luganda `ssaawa 4:05 ez'oku
/// makya` is 10:05.
///
/// This is a calendar convention, not a pattern of words: CLDR describes
/// the parts of the day these languages name (its day periods) but writes
/// their times on the 24-hour or the Western 12-hour clock, so the offset
/// of six hours is kept here, for each language, with the words that say
/// a figure is such an hour: the hour word written before the figure and
/// the parts of the day written after it, each with the hours of the day
/// (on the 24-hour clock) it covers. A figure is read on this clock only
/// with the hour word before it and a part of the day or minutes after it
/// (`saa 24` alone is twenty-four hours, a duration).
///
/// Amharic counts its hours the same way (Ethiopian time) and writes the
/// part of the day first and the hour word after the figure: `ከጠዋቱ 4 ሰዓት`
/// ("of the morning, the 4th hour") is 10:00, `ከቀኑ 7 ሰዓት` 13:00,
/// `ከምሽቱ 2 ሰዓት` 20:00 (``Clock/dayPartFirst``). Tigrinya and Oromo, which
/// count so too, are not listed yet.
public enum ClockReckoning {
    /// A part of the day: the first hour it covers on the 24-hour clock and how many hours it lasts.
    public struct DayPart: Sendable, Equatable {
        public var start: Int
        public var hours: Int

        /// Whether `hour` (0–23) falls in the part, which may run past midnight.
        func contains(_ hour: Int) -> Bool { ((hour - start) % 24 + 24) % 24 < hours }

        /// How many hours `hour` lies outside the part (0 inside).
        func distance(_ hour: Int) -> Int {
            if contains(hour) { return 0 }
            let afterEnd = ((hour - (start + hours)) % 24 + 24) % 24
            let beforeStart = ((start - hour) % 24 + 24) % 24
            return min(afterEnd + 1, beforeStart)
        }
    }

    /// The words of one language's clock.
    public struct Clock: Sendable {
        /// Hours the language's first hour lies after midnight and noon (6).
        public var offset: Int
        /// Words written before the figure that make it an hour (`saa`, `ssaawa`).
        public var hourWords: Set<String>
        /// Parts of the day written after the figure (the last word of the phrase).
        public var dayParts: [String: DayPart]
        /// Short words and particles that may stand between the figure and the
        /// part of the day (Swahili `za asubuhi`, Luganda `ez'oku makya`).
        public var links: Set<String>
        /// Whether the part of the day is written first and the hour word
        /// after the figure (Amharic `ከጠዋቱ 4 ሰዓት`): a figure is then read on
        /// this clock only between the two.
        public var dayPartFirst = false
    }

    /// The clocks by language code (primary subtag).
    public static let clocks: [String: Clock] = [
        // Swahili: alfajiri (dawn), asubuhi (morning), mchana (daytime), adhuhuri (noon), alasiri (afternoon),
        // jioni (evening), usiku (night); CLDR's sw day periods name the same parts.
        "sw": Clock(offset: 6, hourWords: ["saa"], dayParts: [
            "alfajiri": DayPart(start: 4, hours: 3), "asubuhi": DayPart(start: 6, hours: 6), "mchana": DayPart(start: 11, hours: 5),
            "adhuhuri": DayPart(start: 12, hours: 3), "alasiri": DayPart(start: 15, hours: 3), "jioni": DayPart(start: 16, hours: 4),
            "usiku": DayPart(start: 19, hours: 10), "manane": DayPart(start: 23, hours: 5),
        ], links: ["za", "ya", "wa"]),
        // Luganda: ku makya (morning), mu ttuntu (midday), olweggulo (afternoon), akawungeezi (evening), ekiro (night).
        "lg": Clock(offset: 6, hourWords: ["ssaawa", "saawa"], dayParts: [
            "makya": DayPart(start: 6, hours: 6), "ttuntu": DayPart(start: 11, hours: 4), "olweggulo": DayPart(start: 13, hours: 6),
            "akawungeezi": DayPart(start: 17, hours: 3), "ekiro": DayPart(start: 19, hours: 11),
        ], links: ["ez", "za", "oku", "ku", "omu", "mu"]),
        // Amharic: ንጋት (dawn), ጠዋት (morning), ቀን (daytime: ከቀኑ "of the day"), በኋላ (of ከሰዓት በኋላ, afternoon), ምሽት (evening),
        // ማታ (evening, night), ሌሊት (night); the bare noun, with the article (ጠዋቱ) and with ከ "of" (ከጠዋቱ). The hour word ሰዓት follows the figure.
        "am": Clock(offset: 6, hourWords: ["ሰዓት"], dayParts: [
            "ንጋት": DayPart(start: 4, hours: 3), "ከንጋቱ": DayPart(start: 4, hours: 3),
            "ጠዋት": DayPart(start: 6, hours: 6), "ጠዋቱ": DayPart(start: 6, hours: 6), "ከጠዋቱ": DayPart(start: 6, hours: 6),
            "ቀኑ": DayPart(start: 9, hours: 9), "ከቀኑ": DayPart(start: 9, hours: 9), "በኋላ": DayPart(start: 12, hours: 6),
            "ምሽት": DayPart(start: 18, hours: 5), "ምሽቱ": DayPart(start: 18, hours: 5), "ከምሽቱ": DayPart(start: 18, hours: 5),
            "ማታ": DayPart(start: 18, hours: 6),
            "ሌሊት": DayPart(start: 21, hours: 9), "ሌሊቱ": DayPart(start: 21, hours: 9), "ከሌሊቱ": DayPart(start: 21, hours: 9),
        ], links: [], dayPartFirst: true),
    ]

    /// The hour on the 24-hour clock of `hour` (1–12) written on `clock` and
    /// followed by `part` (or by no part of the day). The reading on the
    /// language's own clock is kept when it falls in the part of the day;
    /// otherwise the figure is read as a Western hour when that one does
    /// (`saa 10 asubuhi` written for 10 a.m.); otherwise the own reading
    /// nearest the part. Without a part, the own reading on 12 hours.
    public static func hour(_ hour: Int, on clock: Clock, in part: DayPart?) -> Int? {
        guard (1...12).contains(hour) else { return nil }
        let own = (hour + clock.offset) % 12  // 0–11: saa 6 is 12 o'clock (0), saa 4 is 10
        guard let part else { return own == 0 ? 12 : own }
        let ownReadings = [own, own + 12]
        if let inside = ownReadings.first(where: part.contains) { return inside }
        let western = hour % 12
        if let inside = [western, western + 12].first(where: part.contains) { return inside }
        return ownReadings.min { part.distance($0) < part.distance($1) }
    }
}
