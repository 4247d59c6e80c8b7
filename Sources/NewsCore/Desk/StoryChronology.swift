/// The events of several stories as one chronology, each event with its story.
public struct StoryChronology: Sendable {
    /// One event of one story, as placed in the merged chronology.
    public struct Entry: Sendable, Equatable {
        public var story: StoryLabel
        /// Index into that story's `TimelineAnalysis.events`.
        public var event: Int
        /// The date the event is placed by, padded to a full ISO date ("2021" as "2021-01-01"):
        /// its own, else that of the event before it in its story; nil when its story dates
        /// nothing.
        public var placedBy: String?
        /// Index into `StoryChronology.stories`.
        var storyIndex: Int
    }

    /// Each story's own timeline, in story order.
    public var stories: [InStory<TimelineAnalysis>]
    /// Every event of every story, in time order.
    public var entries: [Entry]

    /// Merges the stories' timelines. Each story's own order is kept (it already places
    /// "following …" and "ahead of …" events beside what they hang on); dated events of
    /// different stories go by the start of their dates, earlier first, a story's undated event
    /// staying just after the event it followed. Ties go by story number. Events of stories with
    /// no date at all come last, story by story.
    public init(_ stories: [InStory<TimelineAnalysis>]) {
        self.stories = stories
        var queues: [[Entry]] = []
        for (storyIndex, story) in stories.enumerated() {
            let events = story.value.events
            var keys = events.map(\.date)
            // Undated events take the date of the event before them (or, at the top, after).
            var last: String? = nil
            for index in keys.indices {
                if let key = keys[index] { last = key } else { keys[index] = last }
            }
            var next: String? = nil
            for index in keys.indices.reversed() {
                if let key = keys[index] { next = key } else { keys[index] = next }
            }
            queues.append(events.indices.map { Entry(story: story.story, event: $0, placedBy: keys[$0].map(DateStart.of), storyIndex: storyIndex) })
        }
        // A merge of the stories' lists: within a story, events never change places.
        var heads = [Int](repeating: 0, count: queues.count)
        var merged: [Entry] = []
        merged.reserveCapacity(queues.reduce(0) { $0 + $1.count })
        while true {
            var best: Int? = nil
            for queue in queues.indices where heads[queue] < queues[queue].count {
                guard let current = best else { best = queue; continue }
                let candidate = queues[queue][heads[queue]].placedBy, leader = queues[current][heads[current]].placedBy
                if let candidate, leader == nil || candidate < leader! { best = queue }
            }
            guard let chosen = best else { break }
            merged.append(queues[chosen][heads[chosen]])
            heads[chosen] += 1
        }
        entries = merged
    }

    /// The event an entry stands for.
    public func event(_ entry: Entry) -> TimelineAnalysis.Event {
        stories[entry.storyIndex].value.events[entry.event]
    }
}
