enum RecognizersSetAside { static func reason(file: String, input: String) -> String? { nil } }
