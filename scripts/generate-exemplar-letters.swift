// Writes Sources/ParityCore/Languages/CLDRExemplarLetters.swift from the CLDR
// exemplar characters that ICU carries (Foundation's own ICU, the one
// scripts/generate-cldr-tables.swift reads, called through its exported C
// functions `swift_ulocdata_getExemplarSet` …), so that ParityCore, which
// imports no Foundation, can tell languages of one script apart by the
// letters each writes (`LetterEvidence`).
//
// Usage: swift scripts/generate-exemplar-letters.swift [--check]
// With --check, writes nothing and exits 1 when the checked-in file differs
// from what this machine's CLDR data gives.
//
// The table holds:
//   cyrillic, latin  for each language ICU lists without a region whose
//                    standard exemplar set has letters of the script: those
//                    letters, lower case (Latin: only letters beyond ASCII,
//                    which every Latin alphabet shares);
//   simplifiedOnly   Han characters of the standard set of `zh` (simplified)
//                    that `zh_Hant`'s lacks; traditionalOnly the reverse;
//   cantoneseOnly    the hand list `cantoneseParticles` below (CLDR's `yue`
//                    set lists the characters of written Chinese, not the
//                    particles of written Cantonese), kept only where no
//                    exemplar set of `zh` or `zh_Hant` (standard or
//                    auxiliary) holds the character.
import Foundation

typealias OpenFunction = @convention(c) (UnsafePointer<CChar>, UnsafeMutablePointer<Int32>) -> OpaquePointer?
typealias ExemplarFunction = @convention(c) (OpaquePointer?, OpaquePointer?, UInt32, Int32, UnsafeMutablePointer<Int32>) -> OpaquePointer?
typealias SizeFunction = @convention(c) (OpaquePointer?) -> Int32
typealias CharAtFunction = @convention(c) (OpaquePointer?, Int32) -> Int32
typealias CloseFunction = @convention(c) (OpaquePointer?) -> Void

// Foundation's ICU is loaded with Foundation; touch it so that its library is mapped.
_ = Locale(identifier: "en").localizedString(forLanguageCode: "de")
let handle = dlopen(nil, RTLD_NOW)
func function<T>(_ name: String, _ type: T.Type) -> T {
    guard let pointer = dlsym(handle, name) else {
        FileHandle.standardError.write("no \(name) in this Foundation's ICU\n".data(using: .utf8)!)
        exit(2)
    }
    return unsafeBitCast(pointer, to: type)
}
let openData = function("swift_ulocdata_open", OpenFunction.self)
let exemplarSet = function("swift_ulocdata_getExemplarSet", ExemplarFunction.self)
let setSize = function("swift_uset_size", SizeFunction.self)
let setCharAt = function("swift_uset_charAt", CharAtFunction.self)
let closeData = function("swift_ulocdata_close", CloseFunction.self)

/// The code points (single characters only) of a locale's exemplar set: `kind` 0 standard, 1 auxiliary.
func exemplars(_ identifier: String, kind: Int32 = 0) -> Set<UInt32> {
    var status: Int32 = 0
    guard let data = openData(identifier, &status), status <= 0 else { return [] }
    defer { closeData(data) }
    status = 0
    guard let set = exemplarSet(data, nil, 0, kind, &status), status <= 0 else { return [] }
    var result = Set<UInt32>()
    for index in 0..<setSize(set) {
        let value = setCharAt(set, index)
        if value >= 0 { result.insert(UInt32(value)) }
    }
    return result
}

func string(_ values: Set<UInt32>) -> String {
    String(String.UnicodeScalarView(values.sorted().compactMap(Unicode.Scalar.init)))
}

func isCyrillic(_ value: UInt32) -> Bool { (0x400...0x52F).contains(value) }
func isLatinBeyondASCII(_ value: UInt32) -> Bool {
    guard value >= 0xC0, value <= 0x24F || (0x1E00...0x1EFF).contains(value), let scalar = Unicode.Scalar(value) else { return false }
    return scalar.properties.isAlphabetic && value != 0xD7 && value != 0xF7
}

/// Lower-case letters of `values` that pass `filter`.
func letters(_ values: Set<UInt32>, _ filter: (UInt32) -> Bool) -> Set<UInt32> {
    Set(values.filter(filter).compactMap { value -> UInt32? in
        guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { return nil }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first!.value : value
    })
}

/// Particles and pronouns of written Cantonese that written Chinese does not use: possessive `嘅`, locative `喺`,
/// plural `啲` (`呢啲`, "these"), perfective `咗`, `佢` (he, she), `冇` (have not), `嘢` (thing), plural `哋`, `嚟` (come),
/// `睇` (look), `咩` (what).
let cantoneseParticles = "嘅喺啲咗佢冇嘢哋嚟睇咩"

let codes = Locale.availableIdentifiers.filter { !$0.contains("_") && !$0.contains("-") }.sorted()
var cyrillic: [(String, String)] = []
var latin: [(String, String)] = []
for code in codes {
    let set = exemplars(code)
    let cyrillicLetters = letters(set, isCyrillic)
    if !cyrillicLetters.isEmpty { cyrillic.append((code, string(cyrillicLetters))) }
    let latinLetters = letters(set, isLatinBeyondASCII)
    // A Latin alphabet (it writes `a` … `z` mostly) with letters beyond ASCII.
    if !latinLetters.isEmpty, set.contains(0x61), set.contains(0x65) { latin.append((code, string(latinLetters))) }
}
let simplified = exemplars("zh"), traditional = exemplars("zh_Hant")
let written = simplified.union(traditional).union(exemplars("zh", kind: 1)).union(exemplars("zh_Hant", kind: 1))
let cantonese = Set(cantoneseParticles.unicodeScalars.map(\.value)).subtracting(written)

func table(_ rows: [(String, String)]) -> String {
    rows.map { "        (\"\($0.0)\", \"\($0.1)\")," }.joined(separator: "\n")
}

let output = """
// Generated by scripts/generate-exemplar-letters.swift from the CLDR exemplar
// characters of this machine's ICU (through Foundation): do not edit; run the
// script again. \(cyrillic.count) Cyrillic and \(latin.count) Latin alphabets.

/// The letters each language's alphabet writes, by CLDR's exemplar characters,
/// read by ``LetterEvidence`` to tell languages of one script apart (the format
/// is described in the generator).
enum CLDRExemplarLetters {
    /// Languages whose standard exemplar set has Cyrillic letters, each with those letters, lower case.
    static let cyrillic: [(code: String, letters: String)] = [
\(table(cyrillic))
    ]

    /// Latin alphabets, each with its letters beyond ASCII, lower case.
    static let latin: [(code: String, letters: String)] = [
\(table(latin))
    ]

    /// Han characters of simplified Chinese (`zh`) that traditional Chinese (`zh_Hant`) does not write.
    static let simplifiedOnly = "\(string(simplified.subtracting(traditional)))"

    /// Han characters of traditional Chinese (`zh_Hant`) that simplified Chinese (`zh`) does not write.
    static let traditionalOnly = "\(string(traditional.subtracting(simplified)))"

    /// Particles and pronouns of written Cantonese that no exemplar set of Chinese holds.
    static let cantoneseOnly = "\(string(cantonese))"
}

"""

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let target = root.appendingPathComponent("Sources/ParityCore/Languages/CLDRExemplarLetters.swift")
if CommandLine.arguments.contains("--check") {
    let current = (try? String(contentsOf: target, encoding: .utf8)) ?? ""
    if current != output {
        FileHandle.standardError.write("\(target.path) is not current: run swift scripts/generate-exemplar-letters.swift\n".data(using: .utf8)!)
        exit(1)
    }
    print("\(target.path) is current")
} else {
    try output.write(to: target, atomically: true, encoding: .utf8)
    print("wrote \(target.path) (\(cyrillic.count) Cyrillic, \(latin.count) Latin)")
}
