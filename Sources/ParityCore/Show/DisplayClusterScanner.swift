/// Finds grapheme cluster boundaries and cluster widths scalar by scalar,
/// consistently with `DisplayWidth`.
///
/// A cluster is a base scalar followed by everything that extends it:
/// marks, ZWJ and variation selectors, spacing marks, Hangul medial and final
/// jamo, an emoji joined by ZWJ or a skin-tone modifier, the second regional
/// indicator of a flag, an Indic consonant after a virama. Format characters
/// such as bidi marks and controls stand alone, as in UAX #29. The cluster's
/// width is the sum of its scalars' widths, except that joined emoji add
/// nothing and an emoji presentation selector (U+FE0F) widens a one-cell base to two.
public struct DisplayClusterScanner: Sendable {
    /// What consuming one scalar did.
    public struct Step: Sendable, Equatable {
        /// Whether the scalar starts a new cluster.
        public var startsCluster: Bool
        /// Cells the scalar adds to the running width.
        public var widthAdded: Int
    }

    private var hasCluster = false
    private var clusterWidth = 0
    private var baseIsPictographic = false
    private var previousWasZWJ = false
    private var previousWasLinker = false
    private var previousWasControl = false
    private var openRegionalIndicator = false

    /// Creates a scanner at the start of a text.
    public init() {}

    /// Consumes the next scalar.
    public mutating func consume(_ scalar: Unicode.Scalar) -> Step {
        let value = scalar.value
        let width = DisplayWidth.of(scalar)
        let isControl = value < 0x20 || (value >= 0x7F && value < 0xA0)
            || (value >= 0x600 && DisplayWidth.contains(DisplayWidthTables.graphemeControl, value))
        let isRegionalIndicator = value >= 0x1F1E6 && value <= 0x1F1FF
        let isPictographic = Self.isExtendedPictographic(value)

        var extends = false
        if hasCluster, !isControl, !previousWasControl {
            if width == 0 {
                extends = true
            } else if value >= 0x900, DisplayWidth.contains(DisplayWidthTables.spacingMark, value) {
                extends = true
            } else if previousWasZWJ, baseIsPictographic, isPictographic {
                extends = true
            } else if baseIsPictographic, value >= 0x1F3FB, value <= 0x1F3FF {
                extends = true
            } else if isRegionalIndicator, openRegionalIndicator {
                extends = true
            } else if previousWasLinker, value >= 0x900, value <= 0xDFF, scalar.properties.isAlphabetic {
                extends = true
            }
        }

        var added = width
        if extends {
            if (previousWasZWJ && isPictographic) || (value >= 0x1F3FB && value <= 0x1F3FF) || isRegionalIndicator {
                added = 0
                openRegionalIndicator = false
            } else if value == 0xFE0F, clusterWidth == 1 {
                added = 1
            }
            clusterWidth += added
        } else {
            hasCluster = true
            if isRegionalIndicator { added = 2 }
            clusterWidth = added
            baseIsPictographic = isPictographic
            openRegionalIndicator = isRegionalIndicator
        }
        previousWasZWJ = value == 0x200D
        previousWasControl = isControl
        if width != 0 || value == 0x200D {
            previousWasLinker = false
        }
        if Self.isIndicLinker(value) { previousWasLinker = true }
        return Step(startsCluster: !extends, widthAdded: added)
    }

    /// Viramas that join the next consonant into one cluster (UAX #29 GB9c).
    private static func isIndicLinker(_ value: UInt32) -> Bool {
        switch value {
        case 0x94D, 0x9CD, 0xACD, 0xB4D, 0xC4D, 0xD4D: return true
        default: return false
        }
    }

    /// Extended_Pictographic, approximated by the blocks that hold it.
    private static func isExtendedPictographic(_ value: UInt32) -> Bool {
        if value < 0xA9 { return false }
        if value >= 0x1F000 { return value <= 0x1FAFF && !(value >= 0x1F1E6 && value <= 0x1F1FF) && !(value >= 0x1F3FB && value <= 0x1F3FF) }
        switch value {
        case 0xA9, 0xAE, 0x203C, 0x2049, 0x2122, 0x2139, 0x2194...0x2199, 0x21A9, 0x21AA,
             0x231A, 0x231B, 0x2328, 0x23CF, 0x23E9...0x23F3, 0x23F8...0x23FA, 0x24C2,
             0x25AA, 0x25AB, 0x25B6, 0x25C0, 0x25FB...0x25FE, 0x2600...0x27BF,
             0x2934, 0x2935, 0x2B05...0x2B07, 0x2B1B, 0x2B1C, 0x2B50, 0x2B55, 0x3030, 0x303D, 0x3297, 0x3299:
            return true
        default:
            return false
        }
    }
}
