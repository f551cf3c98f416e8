/// Reading WordprocessingML run properties.
enum DOCXRunProperties {
    /// The value of an on/off property such as `<w:b/>` or `<w:i w:val="0"/>`; nil when absent.
    static func toggle(_ properties: XMLNodePointer, _ name: String) -> Bool? {
        guard let element = properties.child(name) else { return nil }
        guard let value = element.anyAttribute("val") else { return true }
        return !(value == "0" || value == "false" || value == "off")
    }
}
