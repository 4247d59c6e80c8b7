/// Names of countries, capitals and large cities, regions, and the adjectives of nationality.
///
/// The people finder uses them to keep places and nationalities out of its list of people
/// ("Belarus", "Vilnius", "Russian"). A modest list of facts, lower case; multi-word names are
/// written with single spaces.
enum PlaceLexicon {
    static let countries: Set<String> = [
        "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia",
        "australia", "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados",
        "belarus", "belgium", "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana",
        "brazil", "brunei", "bulgaria", "burkina", "burundi", "cambodia", "cameroon", "canada",
        "chad", "chile", "china", "colombia", "comoros", "congo", "croatia", "cuba", "cyprus",
        "czechia", "denmark", "djibouti", "dominica", "ecuador", "egypt", "eritrea", "estonia",
        "eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "georgia",
        "germany", "ghana", "greece", "grenada", "guatemala", "guinea", "guyana", "haiti",
        "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland",
        "israel", "italy", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kiribati",
        "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia",
        "libya", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia",
        "maldives", "mali", "malta", "mauritania", "mauritius", "mexico", "micronesia", "moldova",
        "monaco", "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "burma",
        "namibia", "nauru", "nepal", "netherlands", "holland", "nicaragua", "niger", "nigeria",
        "norway", "oman", "pakistan", "palau", "palestine", "panama", "paraguay", "peru",
        "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda", "samoa",
        "senegal", "serbia", "seychelles", "singapore", "slovakia", "slovenia", "somalia",
        "spain", "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan", "tajikistan",
        "tanzania", "thailand", "togo", "tonga", "tunisia", "turkey", "turkiye", "turkmenistan",
        "tuvalu", "uganda", "ukraine", "uruguay", "uzbekistan", "vanuatu", "vatican", "venezuela",
        "vietnam", "yemen", "zambia", "zimbabwe", "britain", "england", "scotland", "wales",
        "america", "korea", "greenland", "tibet", "crimea", "gaza", "kashmir", "catalonia",
        "u.s.", "us", "usa", "u.s.a.", "uk", "u.k.", "eu", "un", "nato", "uae",
    ]

    static let cities: Set<String> = [
        "washington", "moscow", "minsk", "vilnius", "riga", "tallinn", "warsaw", "kyiv", "kiev",
        "london", "paris", "berlin", "madrid", "rome", "lisbon", "dublin", "brussels", "amsterdam",
        "rotterdam", "antwerp", "hamburg", "bremerhaven", "vienna", "prague", "budapest",
        "bucharest", "sofia", "athens", "ankara", "istanbul", "beijing", "shanghai", "tokyo",
        "seoul", "delhi", "mumbai", "kolkata", "chennai", "karachi", "lahore", "islamabad",
        "kabul", "tehran", "baghdad", "damascus", "beirut", "jerusalem", "cairo", "riyadh",
        "dubai", "doha", "lagos", "abuja", "accra", "nairobi", "addis", "kampala", "kinshasa",
        "johannesburg", "pretoria", "dakar", "khartoum", "algiers", "tunis", "rabat",
        "casablanca", "kathmandu", "dhaka", "colombo", "bangkok", "hanoi", "manila", "jakarta",
        "singapore", "sydney", "melbourne", "canberra", "auckland", "wellington", "ottawa",
        "toronto", "montreal", "vancouver", "chicago", "boston", "houston", "dallas", "miami",
        "atlanta", "seattle", "denver", "phoenix", "detroit", "philadelphia", "brasilia",
        "havana", "caracas", "bogota", "lima", "santiago", "quito", "harrogate", "southwark",
        "manchester", "liverpool", "birmingham", "glasgow", "edinburgh", "cardiff", "belfast",
        "oslo", "stockholm", "copenhagen", "helsinki", "reykjavik", "zurich", "geneva", "bern",
        "milan", "naples", "barcelona", "munich", "frankfurt", "cologne", "marseille", "lyon",
        "kharkiv", "odesa", "lviv", "gdansk", "krakow", "kaunas", "tbilisi", "yerevan", "baku",
        "astana", "almaty", "tashkent", "hollywood", "brooklyn", "manhattan", "gomel", "grodno",
        "brest", "mogilev", "vitebsk",
    ]

    static let regions: Set<String> = [
        "europe", "asia", "africa", "antarctica", "oceania", "arctic", "balkans", "baltics",
        "caucasus", "scandinavia", "siberia", "sahel", "sahara", "maghreb", "levant",
        "himalayas", "amazon", "caribbean", "pacific", "atlantic", "mediterranean", "midwest",
        "yorkshire", "kentucky", "texas", "california", "florida", "ohio", "virginia", "donbas",
        "west", "east", "north", "south", "middle", "kremlin", "pentagon", "whitehall",
    ]

    /// Adjectives and demonyms of nationality and region ("Russian", "Belarusian", "Western").
    static let nationalities: Set<String> = [
        "american", "british", "english", "scottish", "welsh", "irish", "french", "german",
        "dutch", "belgian", "spanish", "portuguese", "italian", "greek", "swiss", "austrian",
        "polish", "czech", "slovak", "hungarian", "romanian", "bulgarian", "serbian", "croatian",
        "bosnian", "slovenian", "albanian", "ukrainian", "russian", "belarusian", "belarussian",
        "lithuanian", "latvian", "estonian", "finnish", "swedish", "norwegian", "danish",
        "icelandic", "turkish", "georgian", "armenian", "azerbaijani", "kazakh", "uzbek",
        "chinese", "japanese", "korean", "vietnamese", "thai", "indonesian", "malaysian",
        "filipino", "indian", "pakistani", "afghan", "iranian", "iraqi", "syrian", "lebanese",
        "israeli", "palestinian", "jordanian", "saudi", "egyptian", "libyan", "tunisian",
        "algerian", "moroccan", "nigerian", "ghanaian", "kenyan", "ethiopian", "somali",
        "sudanese", "ugandan", "tanzanian", "rwandan", "congolese", "angolan", "zambian",
        "zimbabwean", "south", "african", "canadian", "mexican", "cuban", "brazilian",
        "argentine", "argentinian", "chilean", "colombian", "peruvian", "venezuelan",
        "australian", "zealander", "nepali", "nepalese", "bangladeshi", "sri", "lankan",
        "european", "asian", "arab", "western", "eastern", "northern", "southern", "soviet",
        "baltic", "nordic", "scandinavian", "balkan", "slavic", "latin", "himalayan", "kurdish",
        "persian", "catalan", "basque", "flemish", "bavarian", "texan", "californian",
        "mediterranean", "atlantic", "pacific", "caribbean", "muslim", "christian", "jewish",
        "catholic", "orthodox", "protestant", "hindu", "buddhist", "sikh", "democrat",
        "republican",
    ]

    /// True when `word` (any case) names a country, city, region or nationality.
    static func isPlaceOrNationality(_ word: String) -> Bool {
        let lower = word.lowercased()
        return countries.contains(lower) || cities.contains(lower) || regions.contains(lower)
            || nationalities.contains(lower)
    }
}
