import Testing

@testable import NewsCore

/// Who said it, on the classes of speaker error still left on published political copy after the
/// second round of issue 15: a surname that modifies a noun ("the Harlan campaign") taken for
/// its owner, a role set off by dashes between a name and its verb, a generic "anyone who
/// complains" taken for the speaker of the words it is judged by, a group of people in the
/// plural as the subject of "said", and a he or she given to the person quoted last when the
/// pronoun's own sentence names somebody of that gender, and a bare surname shared by two
/// people. Every sentence is written here.
@Suite("Quotation speakers: modifiers, dashes, generic clauses, groups and salience")
struct QuoteSpeakerSalienceTests {
    static let cases: [QuoteCase] = [
        // A surname in front of a noun modifies it.
        QuoteCase("a surname before 'campaign' is no subject: the manager named first is the speaker",
                  ["Governor Nora Harlan will debate Peter Gould on Tuesday.",
                   "Harlan campaign manager Rita Voss told reporters on Monday that the Harlan campaign expects"
                   + " the moderator to step in by calling out Gould for his \u{201C}half-truths\u{201D} all night."],
                  [.init("half-truths", "Rita Voss", .partial)]),
        QuoteCase("a surname before a role noun after an inverted verb is a modifier of the role",
                  ["Governor Nora Harlan will debate Peter Gould on Tuesday.",
                   "\u{201C}We are ready for every question,\u{201D} said Harlan spokesman Ben Ortiz."],
                  [.init("We are ready for every question,", "Ben Ortiz")]),
        // A role between dashes.
        QuoteCase("a role set off by dashes between a name and its verb is stepped over",
                  ["Lena Faber \u{2014} surgeon and radio host \u{2014} told listeners the diet was"
                   + " \u{201C}a proven path to health.\u{201D}"],
                  [.init("a proven path to health", "Lena Faber", .partial)]),
        // Generic people in a relative clause say nothing.
        QuoteCase("'anyone who complains' is what the quotation judges, not who says it",
                  ["Senator Ada Kerr brushed off the criticism, saying anyone who complains about the schedule"
                   + " \u{201C}has not read the bill.\u{201D}"],
                  [.init("has not read the bill", "Ada Kerr", .partial)]),
        QuoteCase("'anybody who complains' after a rival named with a capitalised role word",
                  ["The governor grumbled about his microphone after the debate.",
                   "Rival Ada Kerr had mocked the complaint, saying anybody who complains about a microphone"
                   + " \u{201C}is not having a good night.\u{201D}"],
                  [.init("is not having a good night", "Ada Kerr", .partial)]),
        QuoteCase("a named person's own relative clause still speaks",
                  ["Mayor Tom Reyes, who told the council the budget was \u{201C}a fair deal,\u{201D} left early."],
                  [.init("a fair deal", "Tom Reyes", .partial)]),
        // Groups.
        QuoteCase("a plural group opening the sentence is the speaker of its verb of saying",
                  ["Marchers said they want \u{201C}a fair wage for every worker,\u{201D} but promised to keep"
                   + " the peace."],
                  [.init("a fair wage for every worker", "Marchers", .partial)]),
        // Salience: the pronoun's own sentence.
        QuoteCase("'he' goes to the man named earlier in its own sentence, not the man quoted a paragraph back",
                  ["Mark Vance \u{2014} surgeon and radio host \u{2014} has built a large following.",
                   "\u{201C}Vance has a huge stage and no brakes,\u{201D} said Paul Meyer, a professor of medicine."
                   + " \u{201C}He cannot ignore the evidence forever.\u{201D}",
                   "Vance\u{2019}s diet advice drew the notice of regulators, where he testified in 2015 for"
                   + " saying that a herbal tea was a \u{201C}miracle for the waistline.\u{201D}"],
                  [.init("Vance has a huge stage and no brakes,", "Paul Meyer"),
                   .init("He cannot ignore the evidence forever.", "Paul Meyer"),
                   .init("miracle for the waistline", "Mark Vance", .partial)]),
        QuoteCase("'she' in a that-clause goes to the woman who is the subject of the verb of saying before it",
                  ["\u{201C}They took us for granted,\u{201D} said Dana Price, a county organiser.",
                   "\u{201C}Now they have to work for it,\u{201D} she said.",
                   "Governor Ruth Adler and her husband, Karl Adler, visited the county on Friday.",
                   "Adler told the crowd that she believes the state must change course, saying that"
                   + " \u{201C}the old ways have failed\u{201D} in every county."],
                  [.init("They took us for granted,", "Dana Price"),
                   .init("Now they have to work for it,", "Dana Price"),
                   .init("the old ways have failed", "Ruth Adler", .partial)]),
        // A pronoun going on from the credit before.
        QuoteCase("'She added' after '…,\u{201D} she said' is the same woman, not one only mentioned as 'her' between",
                  ["Governor Ruth Adler is touring the state this week.",
                   "\u{201C}The campaign is worried,\u{201D} said Dana Price, a county organiser.",
                   "In her view the Adler campaign took young voters for granted and must now convince"
                   + " them to support her in November.",
                   "\u{201C}They have a real problem with turnout,\u{201D} she said.",
                   "She added that the vote looks more against the other side than for Adler, because"
                   + " \u{201C}in the end we vote for somebody.\u{201D}"],
                  [.init("The campaign is worried,", "Dana Price"),
                   .init("They have a real problem with turnout,", "Dana Price"),
                   .init("in the end we vote for somebody", "Dana Price", .partial)]),
        QuoteCase("'He said' after a sentence that opens with a newly named man goes to him, not the last speaker",
                  ["Tom Reyes was the first witness on Tuesday. Reyes said the payments were news to the committee.",
                   "Omar Haddad was the second witness who heard the call. He said the content did not trouble"
                   + " him, but he feared \u{201C}serious fallout\u{201D} if the notes leaked."],
                  [.init("serious fallout", "Omar Haddad", .partial)]),
        QuoteCase("a credit naming a person whose given name is 'He' is never handed to the man named before",
                  ["Trade envoy Sam Ortiz arrived in Geneva on Monday for the talks.",
                   "\u{201C}Without a cut in tariffs there is little reason to sign,\u{201D} said He Lanfeng,"
                   + " a former trade official in Beijing."],
                  [.init("Without a cut in tariffs there is little reason to sign,", nil)]),
        QuoteCase("the same when the name opens the sentence after a quoted question",
                  ["Trade envoy Sam Ortiz arrived in Geneva on Monday for the talks.",
                   "\u{201C}Why would anyone sign without a cut in tariffs?\u{201D} He Lanfeng, a former trade"
                   + " official, said at a forum in Beijing."],
                  [.init("Why would anyone sign without a cut in tariffs?", nil)]),
        // Two people of one surname.
        QuoteCase("a bare surname keeps standing for the person it stood for before another of the name came in",
                  ["Party workers are calling voters for Nora Harlan ahead of the vote.",
                   "The county will see both Harlans this week, as Harlan will host two events and former"
                   + " Governor Pete Harlan will travel north on Friday.",
                   "Harlan told the audience that she believes the state must change course, saying that"
                   + " \u{201C}the old ways have failed\u{201D} in every county."],
                  [.init("the old ways have failed", "Nora Harlan", .partial)]),
        QuoteCase("a full name stays a person when its bare surname mostly modifies other nouns",
                  ["Volunteers are knocking on doors for Nora Harlan this week.",
                   "The Harlan campaign opened two offices, and the Harlan campaign staff doubled.",
                   "Pro-Harlan groups have bought advertising in the Harlan campaign colours.",
                   "Harlan told the crowd on Friday that \u{201C}the old ways have failed.\u{201D}"],
                  [.init("the old ways have failed", "Nora Harlan", .partial)]),
    ]

    @Test("speakers by class", arguments: cases)
    func speakers(_ example: QuoteCase) {
        example.check()
    }
}
