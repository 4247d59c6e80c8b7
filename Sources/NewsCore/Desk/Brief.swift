/// The day's copy at a glance: each story's essentials, then what runs across stories.
///
/// A value built by `BriefBuilder`; `BriefResult` shows it as text, Markdown and JSON.
public struct Brief: Sendable {
    /// One story as the brief gives it.
    public struct Story: Sendable {
        public var story: StoryLabel
        public var byline: String?
        /// The reference date in use for the story, ISO, or nil when none is known.
        public var date: String?
        /// The story's first sentence, dateline and agency credit cut off, or nil for a story
        /// with no body sentence.
        public var lead: String?
        /// The quotations most worth reading, best first (see `BriefBuilder.pickQuotes`).
        public var quotes: [Quote]
        /// The figures that carry the story (see `BriefBuilder.pickFigures`), in text order.
        public var figures: [KeyFigure]
    }

    /// A figure with the words that say what it is, as the brief shows it.
    public struct KeyFigure: Sendable, Equatable {
        public var figure: Figure
        /// "more than 40 million subscribers", "12 per cent (transit spending)".
        public var phrase: String
    }

    /// A quotation with the role its story gives the speaker.
    public struct Quote: Sendable, Equatable {
        public var quotation: Quotation
        /// The speaker's role in the story ("Kestrel's chief executive"), or nil.
        public var role: String?
    }

    public var stories: [Story]
    /// Every story's events as one chronology.
    public var chronology: StoryChronology
    /// People quoted in more than one story, most stories first.
    public var sharedSpeakers: [PersonAcrossStories]
    /// Figures that related stories give differently.
    public var disagreements: [FigureDisagreement]
}
