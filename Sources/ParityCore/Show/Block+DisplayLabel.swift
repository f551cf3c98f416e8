extension Block {
    /// The label to show before the block's text in a view: its label as
    /// written, unless the text already says it (a UDHR article's title is
    /// both its label and its text); `nil` when there is nothing to add.
    public var displayLabel: String? {
        guard let label = label?.trimmingWhitespace(), !label.isEmpty else { return nil }
        return text.hasPrefix(label) ? nil : label
    }
}
