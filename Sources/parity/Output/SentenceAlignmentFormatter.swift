import ParityCore

/// The outputs of a sentence alignment that are not XML: the listing
/// `parity align --level sentence` prints, the bead lines of the
/// vecalign/bertalign gold files, and the Moses plain format (two files with
/// the same number of lines, one sentence pair a line).
enum SentenceAlignmentFormatter {
    /// One line per bead: number, type, confidence, then the source and target sentences.
    static func listing(_ alignment: SentencePairAlignment, sourceName: String, targetName: String) -> [String] {
        var lines = ["\(sourceName): \(alignment.source.count) sentences (source)",
                     "\(targetName): \(alignment.target.count) sentences", "\(alignment.beads.count) beads"]
        let width = max(sourceName.count, targetName.count)
        for (number, bead) in alignment.beads.enumerated() {
            let confidence = (bead.confidence * 100).rounded() / 100
            lines.append("")
            lines.append("#\(number + 1)  \(bead.type)  \(confidence)")
            lines.append("  \(sourceName.padding(to: width))  \(side(bead.source, alignment.source))")
            lines.append("  \(targetName.padding(to: width))  \(side(bead.target, alignment.target))")
        }
        return lines
    }

    private static func side(_ indexes: [Int], _ units: [SentenceUnit]) -> String {
        guard !indexes.isEmpty else { return "—" }
        return indexes.map { units[$0].id }.joined(separator: "+") + "  " + indexes.map { units[$0].text }.joined(separator: " ")
    }

    /// The beads as `[i, …]:[j, …]` lines.
    static func beadLines(_ alignment: SentencePairAlignment) -> [String] {
        alignment.beads.map(BeadFormat.line)
    }

    /// The Moses plain format: for every bead with sentences on both sides, one
    /// line in each file; a line break inside a sentence becomes a space.
    static func moses(_ alignment: SentencePairAlignment) -> (source: String, target: String) {
        var source = "", target = ""
        for bead in alignment.beads where !bead.source.isEmpty && !bead.target.isEmpty {
            source += oneLine(bead.source.map { alignment.source[$0].text }.joined(separator: " ")) + "\n"
            target += oneLine(bead.target.map { alignment.target[$0].text }.joined(separator: " ")) + "\n"
        }
        return (source, target)
    }

    static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            switch scalar { case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": return " "; default: return scalar }
        }))
    }
}
