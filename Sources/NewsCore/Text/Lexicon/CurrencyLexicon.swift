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
    static let dollarPrefixes: [String: String] = [
        "us": "USD", "u.s": "USD", "usd": "USD", "c": "CAD", "ca": "CAD", "cad": "CAD", "can": "CAD",
        "a": "AUD", "au": "AUD", "aud": "AUD", "nz": "NZD", "nzd": "NZD", "hk": "HKD", "s": "SGD",
        "sg": "SGD", "r": "BRL", "mex": "MXN", "mx": "MXN", "mxn": "MXN", "nt": "TWD",
    ]

    /// Lower-cased abbreviations written before an amount ("Rs 500", "USD 200", "Sh 40").
    static let prefixWords: [String: String] = [
        "rs": "INR", "inr": "INR", "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY",
        "cny": "CNY", "rmb": "CNY", "chf": "CHF", "cad": "CAD", "aud": "AUD", "nzd": "NZD",
        "hkd": "HKD", "sgd": "SGD", "zar": "ZAR", "ngn": "NGN", "kes": "KES", "ksh": "KES",
        "sek": "SEK", "nok": "NOK", "dkk": "DKK", "pln": "PLN", "rub": "RUB", "try": "TRY",
        "brl": "BRL", "mxn": "MXN", "krw": "KRW", "aed": "AED", "sar": "SAR", "pkr": "PKR",
        "egp": "EGP", "ghs": "GHS", "btc": "BTC", "dollar": "USD",
    ]

    /// Lower-cased currency names and codes written after an amount, to codes. Two-word names
    /// are looked up by their first word in `qualifiedNames`.
    static let suffixWords: [String: String] = [
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
        "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
        "rmb": "CNY", "kuai": "CNY", "rupee": "INR", "rupees": "INR", "naira": "NGN", "rand": "ZAR",
        "franc": "CHF", "francs": "CHF", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
        "rubles": "RUB", "peso": "MXN", "pesos": "MXN", "lira": "TRY", "liras": "TRY",
        "shekel": "ILS", "shekels": "ILS", "dirham": "AED", "dirhams": "AED", "riyal": "SAR",
        "riyals": "SAR", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "hryvnia": "UAH",
        "hryvnias": "UAH", "zloty": "PLN", "zlotys": "PLN", "krona": "SEK", "kronor": "SEK",
        "krone": "NOK", "kroner": "NOK", "koruna": "CZK", "korunas": "CZK", "forint": "HUF",
        "forints": "HUF",
        // English wire copy writes the Scandinavian and Czech currencies as "crowns"; bare, it
        // most often means Sweden's. "Danish crowns" and the like are in `qualifiedNames`.
        "crown": "SEK", "crowns": "SEK", "shilling": "KES", "shillings": "KES", "cedi": "GHS",
        "cedis": "GHS", "markka": "FIM", "pesetas": "ESP", "peseta": "ESP", "guilders": "NLG",
        "guilder": "NLG", "bitcoin": "BTC", "bitcoins": "BTC",
        "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "inr": "INR",
        "chf": "CHF", "cad": "CAD", "aud": "AUD", "sek": "SEK", "nok": "NOK", "hkd": "HKD",
        "btc": "BTC", "ngn": "NGN", "zar": "ZAR", "kes": "KES",
    ]

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
    static let subunits: [String: String] = [
        "cent": "USD", "cents": "USD", "penny": "GBP", "pence": "GBP", "p": "GBP",
    ]

    /// Lower-cased words for countries whose currency is written "$", with its code: a story that
    /// names one of these (and not the United States) means that dollar by a bare "$".
    static let dollarCountries: [String: String] = [
        "canada": "CAD", "canadian": "CAD", "canadians": "CAD", "australia": "AUD", "australian": "AUD",
        "australians": "AUD", "zealand": "NZD", "singapore": "SGD", "singaporean": "SGD",
        "hong": "HKD", "taiwan": "TWD", "taiwanese": "TWD", "mexico": "MXN", "mexican": "MXN",
    ]

    /// Words that place a story in the United States, which keeps "$" as USD.
    static let unitedStatesWords: Set<String> = ["u.s", "usa", "american", "americans"]
}
