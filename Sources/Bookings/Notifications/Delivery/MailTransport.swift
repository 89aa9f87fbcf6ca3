import Foundation

/// Hands one composed message to a mail server.
public protocol MailTransport: Sendable {
    /// Returns when the server took the message; throws `MailRefused` when it did not.
    func send(_ text: String, from sender: String, to recipient: String) throws
}

/// The mail server did not take a message; `description` says why, without any password.
public struct MailRefused: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// SMTP through msmtp (Debian's `msmtp`), a small, well-kept sendmail-compatible client: it speaks
/// SMTP with STARTTLS or TLS, authenticates and checks certificates against the system's store, so
/// Prostor does not carry an SMTP implementation of its own. Each message is one `msmtp` run with a
/// settings file written for it (mode 0600, removed afterwards), because a password on the command
/// line would show in the process list.
public struct MsmtpTransport: MailTransport {
    let settings: MailSettings
    /// How long one message may take before msmtp gives up on the server.
    let timeoutSeconds = 30

    public init(settings: MailSettings) {
        self.settings = settings
    }

    public func send(_ text: String, from sender: String, to recipient: String) throws {
        guard let program = Self.locate(settings.sendmail) else {
            throw MailRefused("\(settings.sendmail) was not found: install Debian's msmtp package (apt-get install msmtp) or set PROSTOR_SENDMAIL")
        }
        let configuration = FileManager.default.temporaryDirectory.appendingPathComponent("prostor-msmtp-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: configuration.path, contents: Data(msmtpConfiguration(sender).utf8),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw MailRefused("could not write msmtp's settings in \(FileManager.default.temporaryDirectory.path)")
        }
        // The message goes in as a file rather than through a pipe: msmtp may exit before reading it, and
        // writing to a pipe nobody reads would kill this process with SIGPIPE.
        let letter = configuration.appendingPathExtension("eml")
        guard FileManager.default.createFile(atPath: letter.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]),
              let input = FileHandle(forReadingAtPath: letter.path) else {
            throw MailRefused("could not write the message in \(FileManager.default.temporaryDirectory.path)")
        }
        defer {
            try? input.close()
            try? FileManager.default.removeItem(at: configuration)
            try? FileManager.default.removeItem(at: letter)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["--file=\(configuration.path)", "--account=prostor", "--", recipient]
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let said = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            var why = String(decoding: said, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if let password = settings.password, !password.isEmpty { why = why.replacingOccurrences(of: password, with: "…") }
            throw MailRefused("\(settings.host):\(settings.port) did not take the message (msmtp exit \(process.terminationStatus)): "
                              + (why.isEmpty ? "no reason given" : why))
        }
    }

    /// msmtp's settings for one run (written to a 0600 file, never to the command line).
    public func msmtpConfiguration(_ sender: String) -> String {
        var lines = [
            "account prostor",
            "host \(settings.host)",
            "port \(settings.port)",
            "from \(sender)",
            "timeout \(timeoutSeconds)",
            "tls \(settings.tls || settings.startTLS ? "on" : "off")",
            "tls_starttls \(settings.tls ? "off" : settings.startTLS ? "on" : "off")",
        ]
        if settings.tls || settings.startTLS { lines.append("tls_trust_file system") }
        if let user = settings.user {
            lines += ["auth on", "user \(user)", "password \(settings.password ?? "")"]
        } else {
            lines.append("auth off")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The program's path: as given when it has a slash, else the first match on PATH.
    static func locate(_ program: String) -> String? {
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) ? program : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
