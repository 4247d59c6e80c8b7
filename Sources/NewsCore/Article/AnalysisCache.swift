import Foundation

/// Analyses worked out from one article, kept so that each is computed once however many
/// commands ask for it: quotations need the people, the summary needs people and figures, and
/// the pipeline runs them all on the same article.
///
/// Articles never change their text after loading, so a result computed once stays right.
/// Copies of an `Article` share the cache; it is safe to use from several threads.
public final class AnalysisCache: @unchecked Sendable {
    private let lock = NSLock()
    /// Each value in a box of its own type, keyed by that type: a read takes the box back
    /// without a dynamic cast of an existential (the key alone says which box it is).
    private var values: [ObjectIdentifier: AnyObject] = [:]

    private final class Box<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    public init() {}

    /// The cached value of type `Value`, made by `make` the first time it is asked for.
    public func value<Value: Sendable>(_ type: Value.Type = Value.self, _ make: () -> Value) -> Value {
        let key = ObjectIdentifier(type)
        lock.lock()
        if let cached = values[key] {
            lock.unlock()
            // Only a `Box<Value>` is ever stored under the key of `Value`.
            return unsafeDowncast(cached, to: Box<Value>.self).value
        }
        lock.unlock()
        let made = make()
        lock.lock()
        values[key] = Box(made)
        lock.unlock()
        return made
    }
}
