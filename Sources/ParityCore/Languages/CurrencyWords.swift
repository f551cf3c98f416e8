/// Currency signs and names that make a figure an amount (`$100 billion`,
/// `100.000 millones de dólares`, `100亿美元`). Amounts are compared by
/// value: the currency is how the reader knows it is an amount, not part of
/// the comparison (versions name the same currency differently).
public enum CurrencyWords {
    /// Signs written before or after the figure.
    public static let signs: Set<String> = ["$", "€", "£", "¥", "₽", "₹", "﷼", "US$"]

    /// Currency names written after the figure (or its scale word), lower
    /// case, in any language; `de`, `of`, `долларов США` forms included by
    /// their first word; abbreviations without their point (`долл.`) and
    /// the Arabic accusative (`دولارا`).
    public static let names: Set<String> = [
        "dollar", "dollars", "usd", "euro", "euros", "dólar", "dólares", "dolares", "франк", "доллар", "доллара", "долларов",
        "евро", "рубль", "рублей", "долл", "دولار", "دولارا", "دولارات", "يورو", "美元", "欧元", "元", "ドル", "ユーロ", "円", "dollari", "dólar", "reais",
        "francs", "franc", "yuan", "yen", "rupees", "रुपये", "डॉलर",
    ]
}
