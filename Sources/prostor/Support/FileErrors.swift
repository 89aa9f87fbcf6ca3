import Foundation

/// The message for an error of ours (its description), or for Foundation's file errors, which describe
/// themselves as `Error Domain=NSCocoaErrorDomain Code=512 "(null)"`: the path and the system's reason.
func userMessage(for error: any Error) -> String {
    guard let cocoa = error as? CocoaError else { return "\(error)" }
    let path = cocoa.filePath ?? cocoa.url?.path ?? "the file"
    let reason: String
    if let underlying = cocoa.underlying.map({ $0 as NSError }), underlying.domain == NSPOSIXErrorDomain {
        reason = String(cString: strerror(Int32(underlying.code)))
    } else if let underlying = cocoa.underlying {
        reason = (underlying as NSError).localizedDescription
    } else {
        reason = cocoa.isReadError ? "it cannot be read" : cocoa.isWriteError ? "it cannot be written" : "the file operation failed"
    }
    let action = cocoa.isReadError ? "cannot read" : "cannot write"
    return "\(action) \(path): \(reason)"
}

extension CocoaError {
    fileprivate var isReadError: Bool { (CocoaError.Code.fileReadUnknown.rawValue...CocoaError.Code.fileReadUnknownStringEncoding.rawValue).contains(code.rawValue) || code == .fileNoSuchFile || code == .fileReadNoSuchFile }
    fileprivate var isWriteError: Bool { code.rawValue >= CocoaError.Code.fileWriteUnknown.rawValue && code.rawValue < 1024 }

    fileprivate var underlying: (any Error)? { userInfo[NSUnderlyingErrorKey] as? any Error }
}
