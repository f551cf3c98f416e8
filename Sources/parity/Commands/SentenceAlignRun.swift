import ArgumentParser
import ParityCore
import ParityXML

/// `parity align --level sentence` and `--one-per-line`: aligns sentences and
/// prints the listing or writes native, tmx, xces, moses or beads.
struct SentenceAlignRun {
    var input: VersionInputOptions
    var export: ExportOptions
    var options: SentenceOptions

    func run() throws {
        let lexicon = try options.loadLexicon()
        let gold = try options.loadGold()
        let bootstraps = !options.noBootstrap
        var pairs: [SentencePairAlignment]
        var names: [String]
        var codes: [String?]
        var alignment: Alignment?
        if options.onePerLine {
            try UsageExit.check(input.files.count == 2 ? [] : ["--one-per-line aligns exactly two files"])
            try UsageExit.check(input.usageProblems)
            let encoding = input.encodingName.flatMap(TextEncoding.init(name:))
            let source = try SentenceOptions.readLines(input.files[0], encoding: encoding)
            let target = try SentenceOptions.readLines(input.files[1], encoding: encoding)
            let languages = input.forcedLanguages
            pairs = [SentencePairAlignment.alignLines(source: source, target: target, sourceLanguage: languages[0],
                                                      targetLanguage: languages[1], lexicon: lexicon, bootstrapsLexicon: bootstraps)]
            names = input.files
            codes = languages.map { $0?.rawValue }
        } else {
            let (aligned, stored) = try input.alignmentAndStoredSentences()
            alignment = aligned
            // A native file written at the sentence level keeps its beads.
            pairs = stored.isEmpty ? aligned.versions.indices.filter { $0 != aligned.pivot }.map {
                SentencePairAlignment.align(aligned, target: $0, lexicon: lexicon, bootstrapsLexicon: bootstraps)
            } : stored
            names = aligned.versions.map(\.sourceName)
            codes = aligned.versions.map { ($0.language ?? $0.metadata.language)?.rawValue }
        }
        if let gold, let first = pairs.first {
            let score = BeadScore(gold: gold, test: first.beads)
            func figures(_ f: BeadScore.Figures) -> String {
                "P \(Self.rounded(f.precision)) R \(Self.rounded(f.recall)) F1 \(Self.rounded(f.f1))"
            }
            StandardError.write("parity: strict \(figures(score.strict)); lax \(figures(score.lax))")
        }
        try write(pairs, alignment: alignment, names: names, codes: codes)
    }

    private static func rounded(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let text = String(thousandths / 1000) + "." + String(String(1000 + thousandths % 1000).dropFirst())
        return text
    }

    private func write(_ pairs: [SentencePairAlignment], alignment: Alignment?, names: [String], codes: [String?]) throws {
        guard export.isRequested else {
            for (number, pair) in pairs.enumerated() {
                if number > 0 { print("") }
                let lines = SentenceAlignmentFormatter.listing(pair, sourceName: names[pair.sourceVersion], targetName: names[pair.targetVersion])
                for line in lines { print(TerminalSafeText.visible(line)) }
            }
            return
        }
        guard var first = pairs.first else { return }
        if let wanted = export.pair {
            // --pair PIVOT,OTHER chooses the version written as tmx.
            guard codes[first.sourceVersion].flatMap(Language.init(code:))?.primary == wanted.first.primary,
                  let chosen = pairs.first(where: { codes[$0.targetVersion].flatMap(Language.init(code:))?.primary == wanted.second.primary })
            else {
                try UsageExit.check(["--pair at --level sentence names the pivot's language and another version's (\(codes.compactMap { $0 }.joined(separator: ",")))"])
                return
            }
            first = chosen
        }
        let sourceCode = codes[first.sourceVersion] ?? "src", targetCode = codes[first.targetVersion] ?? "tgt"
        var files: [(path: String, bytes: [UInt8])] = []
        var standardOutput: [UInt8]?
        var warnings: [ExportWarning] = []
        do {
            switch export.resolvedFormat {
            case .beads:
                let bytes = Array((SentenceAlignmentFormatter.beadLines(first).map { $0 + "\n" }.joined()).utf8)
                if let output = export.output, !export.writesStandardOutput { files = [(output, bytes)] } else { standardOutput = bytes }
            case .moses:
                let base = export.output!
                let (source, target) = SentenceAlignmentFormatter.moses(first)
                let targetSuffix = targetCode == sourceCode ? targetCode + "-2" : targetCode
                files = [("\(base).\(sourceCode)", Array(source.utf8)), ("\(base).\(targetSuffix)", Array(target.utf8))]
            case .tmx:
                let tags = export.tmxLanguage.flatMap { try? TMXLanguageTags(parsing: $0) } ?? TMXLanguageTags()
                func tag(_ code: String) -> String { Language(code: code).map(tags.tag(for:)) ?? code }
                let writer = SentenceTMXWriter(date: ExportDate.fixed ?? .now())
                // --all-languages: one <tu> per sentence row of all versions (N-way).
                let result = if export.allLanguages, let alignment {
                    try writer.write(SentenceRows(pairs: pairs, alignment: alignment), alignment: alignment, languageTags: tags)
                } else {
                    try writer.write(first, source: .init(language: tag(sourceCode), sourceName: names[first.sourceVersion]),
                                     target: .init(language: tag(targetCode), sourceName: names[first.targetVersion]))
                }
                warnings = result.warnings
                if let output = export.output, !export.writesStandardOutput { files = [(output, result.bytes)] } else { standardOutput = result.bytes }
            case .xces:
                guard let alignment, let output = export.output else { return }
                if output.hasSuffix("/") { try ExportOptions.createDirectory(output) }
                let (directory, baseName) = AlignmentExporter.xcesLocation(output, alignment: alignment)
                let result = try SentenceXCESWriter().write(alignment, pairs: pairs, baseName: baseName)
                warnings = result.warnings
                files = result.allFiles.map { (path: directory == "." && !output.hasPrefix("./") ? $0.name : "\(directory)/\($0.name)", bytes: $0.bytes) }
            case .native:
                guard let alignment else { return }
                let content = CheckedAlignment(alignment: alignment, findings: ParityChecker().check(alignment), sentencePairs: pairs)
                let result = try NativeAlignmentWriter().write(content)
                warnings = result.warnings
                if let output = export.output, !export.writesStandardOutput { files = [(output, result.bytes)] } else { standardOutput = result.bytes }
            }
            if !files.isEmpty { try AtomicFileWriter.write(files, protecting: input.files) }
        } catch {
            StandardError.write(error.cliLine)
            throw ExitCode(2)
        }
        if let standardOutput { print(String(decoding: standardOutput, as: UTF8.self), terminator: "") }
        for warning in warnings { StandardError.write("parity: warning: \(warning)") }
        for file in files { StandardError.write("parity: wrote \(file.path)") }
    }
}
