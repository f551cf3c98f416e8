import Foundation

/// The folders under `Tests/Fixtures` whose `.expect` files the tests read.
///
/// The constructed documents are split (see
/// `Tests/Fixtures/constructed-documents/README.md`): `dev` is read by every
/// test run; the hold-out sets are kept aside while developing and read only
/// when asked for, to measure at the end what was not tuned on:
/// `PARITY_HOLDOUT=1` reads `holdout`, `PARITY_HOLDOUT=2` reads `holdout-2`,
/// `PARITY_HOLDOUT=3` reads `holdout-3`, `PARITY_HOLDOUT=4` reads `holdout-4`,
/// `PARITY_HOLDOUT=5` reads `holdout-5`, `PARITY_HOLDOUT=6` reads `holdout-6`,
/// `PARITY_HOLDOUT=7` reads `holdout-7`, `PARITY_HOLDOUT=8` reads `holdout-8`,
/// `PARITY_HOLDOUT=9` reads `holdout-9`, `PARITY_HOLDOUT=10` reads `holdout-10`,
/// `PARITY_HOLDOUT=11` reads `holdout-11`, `PARITY_HOLDOUT=12` reads `holdout-12`,
/// `PARITY_HOLDOUT=13` reads `holdout-13`, `PARITY_HOLDOUT=14` reads `holdout-14`,
/// `PARITY_HOLDOUT=15` reads `holdout-15`, `PARITY_HOLDOUT=16` reads `holdout-16`,
/// `PARITY_HOLDOUT=17` reads `holdout-17`, `PARITY_HOLDOUT=18` reads `holdout-18`,
/// `PARITY_HOLDOUT=19` reads `holdout-19`, `PARITY_HOLDOUT=20` reads `holdout-20`,
/// `PARITY_HOLDOUT=21` reads `holdout-21`, `PARITY_HOLDOUT=22` reads `holdout-22`,
/// `PARITY_HOLDOUT=23` reads `holdout-23`, `PARITY_HOLDOUT=24` reads `holdout-24`,
/// `PARITY_HOLDOUT=25` reads `holdout-25`, `PARITY_HOLDOUT=26` reads `holdout-26`,
/// `PARITY_HOLDOUT=27` reads `holdout-27`, `PARITY_HOLDOUT=28` reads `holdout-28`,
/// `PARITY_HOLDOUT=29` reads `holdout-29`, `PARITY_HOLDOUT=30` reads `holdout-30`,
/// `PARITY_HOLDOUT=31` reads `holdout-31`, `PARITY_HOLDOUT=32` reads `holdout-32`,
/// `PARITY_HOLDOUT=33` reads `holdout-33`, `PARITY_HOLDOUT=34` reads `holdout-34`,
/// `PARITY_HOLDOUT=35` reads `holdout-35`, `PARITY_HOLDOUT=36` reads `holdout-36`,
/// `PARITY_HOLDOUT=37` reads `holdout-37`, `PARITY_HOLDOUT=38` reads `holdout-38`,
/// `PARITY_HOLDOUT=39` reads `holdout-39`, `PARITY_HOLDOUT=40` reads `holdout-40`,
/// `PARITY_HOLDOUT=41` reads `holdout-41`, `PARITY_HOLDOUT=42` reads `holdout-42`,
/// `PARITY_HOLDOUT=43` reads `holdout-43`, `PARITY_HOLDOUT=44` reads `holdout-44`,
/// `PARITY_HOLDOUT=45` reads `holdout-45`, `PARITY_HOLDOUT=46` reads `holdout-46`,
/// `PARITY_HOLDOUT=47` reads `holdout-47`, `PARITY_HOLDOUT=48` reads `holdout-48`,
/// `PARITY_HOLDOUT=49` reads `holdout-49`, `PARITY_HOLDOUT=50` reads `holdout-50`,
/// `PARITY_HOLDOUT=51` reads `holdout-51`,
/// `PARITY_HOLDOUT=1,2` both of the first two.
public enum ExpectationFolders {
    /// The hold-out folders by the number `PARITY_HOLDOUT` names them with.
    public static let holdoutFolders: [String: String] = [
        "1": "constructed-documents/holdout",
        "2": "constructed-documents/holdout-2",
        "3": "constructed-documents/holdout-3",
        "4": "constructed-documents/holdout-4",
        "5": "constructed-documents/holdout-5",
        "6": "constructed-documents/holdout-6",
        "7": "constructed-documents/holdout-7",
        "8": "constructed-documents/holdout-8",
        "9": "constructed-documents/holdout-9",
        "10": "constructed-documents/holdout-10",
        "11": "constructed-documents/holdout-11",
        "12": "constructed-documents/holdout-12",
        "13": "constructed-documents/holdout-13",
        "14": "constructed-documents/holdout-14",
        "15": "constructed-documents/holdout-15",
        "16": "constructed-documents/holdout-16",
        "17": "constructed-documents/holdout-17",
        "18": "constructed-documents/holdout-18",
        "19": "constructed-documents/holdout-19",
        "20": "constructed-documents/holdout-20",
        "21": "constructed-documents/holdout-21",
        "22": "constructed-documents/holdout-22",
        "23": "constructed-documents/holdout-23",
        "24": "constructed-documents/holdout-24",
        "25": "constructed-documents/holdout-25",
        "26": "constructed-documents/holdout-26",
        "27": "constructed-documents/holdout-27",
        "28": "constructed-documents/holdout-28",
        "29": "constructed-documents/holdout-29",
        "30": "constructed-documents/holdout-30",
        "31": "constructed-documents/holdout-31",
        "32": "constructed-documents/holdout-32",
        "33": "constructed-documents/holdout-33",
        "34": "constructed-documents/holdout-34",
        "35": "constructed-documents/holdout-35",
        "36": "constructed-documents/holdout-36",
        "37": "constructed-documents/holdout-37",
        "38": "constructed-documents/holdout-38",
        "39": "constructed-documents/holdout-39",
        "40": "constructed-documents/holdout-40",
        "41": "constructed-documents/holdout-41",
        "42": "constructed-documents/holdout-42",
        "43": "constructed-documents/holdout-43",
        "44": "constructed-documents/holdout-44",
        "45": "constructed-documents/holdout-45",
        "46": "constructed-documents/holdout-46",
        "47": "constructed-documents/holdout-47",
        "48": "constructed-documents/holdout-48",
        "49": "constructed-documents/holdout-49",
        "50": "constructed-documents/holdout-50",
        "51": "constructed-documents/holdout-51",
    ]

    /// Real documents and the constructed development set, plus the hold-out sets asked for.
    public static var current: [String] {
        ["real", "constructed-documents/dev"] + holdouts(ProcessInfo.processInfo.environment["PARITY_HOLDOUT"])
    }

    /// The hold-out folders a `PARITY_HOLDOUT` value asks for (`1` … `49`, `1,2`), in the order named; none for `nil`.
    public static func holdouts(_ setting: String?) -> [String] {
        guard let setting else { return [] }
        var folders: [String] = []
        for item in setting.split(separator: ",") {
            if let folder = holdoutFolders[item.trimmingCharacters(in: .whitespaces)], !folders.contains(folder) {
                folders.append(folder)
            }
        }
        return folders
    }

    /// The outline expectation files (`NAME.expect`, not pair files) of the
    /// current folders whose path starts with `prefix`, sorted by path.
    public static func outlineFiles(under prefix: String = "") -> [URL] {
        files(under: prefix) { $0.pathExtension == "expect" && !$0.lastPathComponent.hasSuffix(".pair.expect") }
    }

    /// The pair files (`NAME.pair.expect`) of the current folders, sorted by path.
    public static func pairFiles() -> [URL] {
        files(under: "") { $0.lastPathComponent.hasSuffix(".pair.expect") }
    }

    private static func files(under prefix: String, _ keep: (URL) -> Bool) -> [URL] {
        var files: [URL] = []
        for folder in current where folder.hasPrefix(prefix) {
            guard let walker = FileManager.default.enumerator(at: RepositoryPaths.fixture(folder), includingPropertiesForKeys: nil)
            else { continue }
            for case let url as URL in walker where keep(url) { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }
}

extension RepositoryPaths {
    /// `url`'s path relative to the repository root (the path itself when outside it).
    public static func relativePath(_ url: URL) -> String {
        let rootPath = root.path + "/"
        return url.path.hasPrefix(rootPath) ? String(url.path.dropFirst(rootPath.count)) : url.path
    }
}
