import Foundation

/// Analyses worked out from one article, kept so that each is computed once however many
/// commands ask for it: quotations need the people, the summary needs people and figures, and
/// the pipeline runs them all on the same article.
///
/// Articles never change their text after loading, so a result computed once stays right.
/// Copies of an `Article` share the cache; it is safe to use from several threads.
public final class AnalysisCache: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [ObjectIdentifier: any Sendable] = [:]

    public init() {}

    /// The cached value of type `Value`, made by `make` the first time it is asked for.
    public func value<Value: Sendable>(_ type: Value.Type = Value.self, _ make: () -> Value) -> Value {
        let key = ObjectIdentifier(type)
        lock.lock()
        if let cached = values[key] as? Value {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let made = make()
        lock.lock()
        values[key] = made
        lock.unlock()
        return made
    }
}
