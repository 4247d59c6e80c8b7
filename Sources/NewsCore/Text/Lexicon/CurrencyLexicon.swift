/// Currencies as news copy writes them, mapped to ISO 4217 codes: symbols before the amount
/// ("$", "£", "US$"), words after it ("5 million euros"), and the codes themselves.
enum CurrencyLexicon {
    /// Currency symbols (one scalar) to codes. "$" is resolved by the story's country; see
    /// `dollarCountries`.
    static let symbols: [Unicode.Scalar: String] = [
        "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₦": "NGN", "₽": "RUB",
        "₩": "KRW", "₺": "TRY", "₪": "ILS", "₱": "PHP", "₫": "VND", "₴": "UAH", "₿": "BTC",
        "₡": "CRC", "₾": "GEL", "₭": "LAK", "元": "CNY", "฿": "THB",
    ]

    /// Lower-cased letters written straight before "$" ("US$40", "C$ 16m", "HK$") to codes.
    static let dollarPrefixes: [String: String] = Lexicon.table("currency/dollar-prefixes")

    /// Lower-cased abbreviations written before an amount ("Rs 500", "USD 200", "Sh 40").
    static let prefixWords: [String: String] = Lexicon.table("currency/prefix-words")

    /// Lower-cased currency names and codes written after an amount, to codes. Two-word names
    /// are looked up by their first word in `qualifiedNames`.
    static let suffixWords: [String: String] = Lexicon.table("currency/suffix-words")

    /// Words naming whose currency a following currency word is ("Australian dollars",
    /// "Swiss francs", "US dollars").
    static let qualifiedNames: [String: [String: String]] = [
        "us": ["dollar": "USD", "dollars": "USD"], "u.s": ["dollar": "USD", "dollars": "USD"],
        "american": ["dollar": "USD", "dollars": "USD"],
        "canadian": ["dollar": "CAD", "dollars": "CAD"], "australian": ["dollar": "AUD", "dollars": "AUD"],
        "singapore": ["dollar": "SGD", "dollars": "SGD"], "hong": ["kong": "HKD"],
        "zealand": ["dollar": "NZD", "dollars": "NZD"], "taiwan": ["dollar": "TWD", "dollars": "TWD"],
        "swiss": ["franc": "CHF", "francs": "CHF"], "french": ["franc": "FRF", "francs": "FRF"],
        "chinese": ["yuan": "CNY"], "japanese": ["yen": "JPY"], "turkish": ["lira": "TRY"],
        "indian": ["rupee": "INR", "rupees": "INR"], "pakistani": ["rupee": "PKR", "rupees": "PKR"],
        "nepalese": ["rupee": "NPR", "rupees": "NPR"], "sri": ["lankan": "LKR"],
        "mexican": ["peso": "MXN", "pesos": "MXN"], "argentine": ["peso": "ARS", "pesos": "ARS"],
        "finnish": ["markka": "FIM"], "dutch": ["guilder": "NLG", "guilders": "NLG"],
        "kenyan": ["shilling": "KES", "shillings": "KES"], "south": ["african": "ZAR"],
        "swedish": ["crown": "SEK", "crowns": "SEK", "krona": "SEK", "kronor": "SEK"],
        "danish": ["crown": "DKK", "crowns": "DKK", "krone": "DKK", "kroner": "DKK"],
        "norwegian": ["crown": "NOK", "crowns": "NOK", "krone": "NOK", "kroner": "NOK"],
        "czech": ["crown": "CZK", "crowns": "CZK", "koruna": "CZK"],
        "icelandic": ["krona": "ISK", "kronur": "ISK"],
    ]

    /// Subunits: a hundredth of their currency ("50 cents", "470 pence").
    static let subunits: [String: String] = Lexicon.table("currency/subunits")

    /// Lower-cased words for countries whose currency is written "$", with its code: a story that
    /// names one of these (and not the United States) means that dollar by a bare "$".
    static let dollarCountries: [String: String] = Lexicon.table("currency/dollar-countries")

    /// Words that place a story in the United States, which keeps "$" as USD.
    static let unitedStatesWords: Set<String> = Lexicon.set("currency/united-states-words")
}
