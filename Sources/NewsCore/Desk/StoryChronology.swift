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
        // A merge of the stories' lists: within a story, events never change places. A heap of
        // the stories by their next event keeps it at one comparison per level per event.
        var heads = [Int](repeating: 0, count: queues.count)
        var heap = MergeHeap { a, b in
            let x = queues[a][heads[a]].placedBy, y = queues[b][heads[b]].placedBy
            switch (x, y) {
            case let (p?, q?): return p != q ? p < q : a < b
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a < b
            }
        }
        for queue in queues.indices where !queues[queue].isEmpty { heap.push(queue) }
        var merged: [Entry] = []
        merged.reserveCapacity(queues.reduce(0) { $0 + $1.count })
        while let chosen = heap.pop() {
            merged.append(queues[chosen][heads[chosen]])
            heads[chosen] += 1
            if heads[chosen] < queues[chosen].count { heap.push(chosen) }
        }
        entries = merged
    }

    /// The event an entry stands for.
    public func event(_ entry: Entry) -> TimelineAnalysis.Event {
        stories[entry.storyIndex].value.events[entry.event]
    }
}

/// A binary min-heap of story indices ordered by a comparison that may read outside state (the
/// stories' next events), as long as an index's key changes only while it is out of the heap.
struct MergeHeap {
    private var items: [Int] = []
    private let less: (Int, Int) -> Bool

    init(_ less: @escaping (Int, Int) -> Bool) {
        self.less = less
    }

    mutating func push(_ item: Int) {
        items.append(item)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard less(items[child], items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Int? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < items.count, less(items[left], items[smallest]) { smallest = left }
                if right < items.count, less(items[right], items[smallest]) { smallest = right }
                if smallest == parent { break }
                items.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return top
    }
}
