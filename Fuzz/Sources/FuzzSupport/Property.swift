/// A property a harness checks: when it does not hold, the input is a finding. `fatalError` traps, and
/// libFuzzer saves the input as `crash-…` with the message on standard error.
public func expect(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fail(message()) }
}

public func fail(_ message: String) -> Never {
    fatalError("property broken: \(message)")
}

/// The input as text, the way the CLI and the importers read a file (invalid UTF-8 replaced).
public func text(_ data: UnsafePointer<UInt8>?, _ size: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
}
