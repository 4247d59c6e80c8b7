/// What a command's result is: one value with a JSON view and a text view.
///
/// It lives with the results and their views, below the commands that produce them: a result
/// knows how to show itself and nothing about the session, the command table or the pipeline
/// that asked for it.
public protocol CommandResult: JSONRepresentable, Sendable {
    /// The result for a person: lines of text laid out for `style`.
    func text(_ style: TextStyle) -> String
}
