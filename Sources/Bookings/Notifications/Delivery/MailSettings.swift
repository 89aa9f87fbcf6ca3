import Foundation

/// How Prostor reaches a mail server: from a settings file (`PROSTOR_MAIL_CONFIG` or `--mail-config`,
/// lines of `key = value`) and the environment, which wins, so that a password can stay out of files.
///
/// | key | environment | meaning |
/// |---|---|---|
/// | host | PROSTOR_SMTP_HOST | the SMTP server |
/// | port | PROSTOR_SMTP_PORT | 587 (submission) unless given; 465 with `tls = on`, 25 with `starttls = off` |
/// | starttls | PROSTOR_SMTP_STARTTLS | `on` (the default) or `off`, for a server on one's own machine |
/// | tls | PROSTOR_SMTP_TLS | `on` for SMTPS (TLS from the first byte, port 465) |
/// | user, password | PROSTOR_SMTP_USER, PROSTOR_SMTP_PASSWORD | login; none when there is no user |
/// | from | PROSTOR_MAIL_FROM | the sender, e.g. `prostor@kranj.si` |
/// | site | PROSTOR_SITE_URL | the public address of `prostor serve`, for the groups' page links |
/// | sendmail | PROSTOR_SENDMAIL | the msmtp program (default `msmtp` on the PATH) |
public struct MailSettings: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var startTLS: Bool
    public var tls: Bool
    public var user: String?
    public var password: String?
    public var from: String
    public var site: String
    public var sendmail: String

    public init(host: String, port: Int, startTLS: Bool, tls: Bool, user: String?, password: String?, from: String, site: String,
                sendmail: String) {
        self.host = host
        self.port = port
        self.startTLS = startTLS
        self.tls = tls
        self.user = user
        self.password = password
        self.from = from
        self.site = site
        self.sendmail = sendmail
    }

    static let keys: [String: String] = [
        "host": "PROSTOR_SMTP_HOST", "port": "PROSTOR_SMTP_PORT", "starttls": "PROSTOR_SMTP_STARTTLS",
        "tls": "PROSTOR_SMTP_TLS", "user": "PROSTOR_SMTP_USER", "password": "PROSTOR_SMTP_PASSWORD",
        "from": "PROSTOR_MAIL_FROM", "site": "PROSTOR_SITE_URL", "sendmail": "PROSTOR_SENDMAIL",
    ]

    /// The settings from a file's text (nil when there is no file) and the environment; nil when neither
    /// names a mail server, so that a caller can say mail is not set up rather than fail.
    public static func resolve(file: (name: String, text: String)?, environment: [String: String]) throws(InvalidValue) -> MailSettings? {
        var values: [String: String] = [:]
        if let file {
            for (index, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                let parts = trimmed.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, keys[parts[0]] != nil else {
                    throw InvalidValue(record: "\(file.name):\(index + 1)", field: parts.first ?? "", value: String(line),
                                       rule: "must be key = value with a key among \(keys.keys.sorted().joined(separator: ", "))")
                }
                values[parts[0]] = parts[1]
            }
        }
        for (key, variable) in keys {
            if let value = environment[variable], !value.isEmpty { values[key] = value }
        }
        guard let host = values["host"], !host.isEmpty else { return nil }
        let record = file.map { "mail settings \($0.name)" } ?? "mail settings"
        func flag(_ key: String, default value: Bool) throws(InvalidValue) -> Bool {
            guard let text = values[key]?.lowercased() else { return value }
            switch text {
            case "on", "yes", "true", "1": return true
            case "off", "no", "false", "0": return false
            default: throw InvalidValue(record: record, field: key, value: text, rule: "must be on or off")
            }
        }
        let tls = try flag("tls", default: false)
        let startTLS = try flag("starttls", default: !tls)
        let port: Int
        if let text = values["port"] {
            guard let number = Int(text), (1...65535).contains(number) else {
                throw InvalidValue(record: record, field: "port", value: text, rule: "must be a port number between 1 and 65535")
            }
            port = number
        } else {
            port = tls ? 465 : startTLS ? 587 : 25
        }
        guard let from = values["from"], Group.looksLikeEmail(from) else {
            throw InvalidValue(record: record, field: "from", value: values["from"] ?? "",
                               rule: "must be the sender's e-mail address (PROSTOR_MAIL_FROM), like \"prostor@kranj.si\"")
        }
        guard let site = values["site"], site.hasPrefix("http://") || site.hasPrefix("https://") else {
            throw InvalidValue(record: record, field: "site", value: values["site"] ?? "",
                               rule: "must be the public address of the web pages (PROSTOR_SITE_URL), like \"https://prostor.kranj.si\"")
        }
        return MailSettings(host: host, port: port, startTLS: startTLS, tls: tls, user: values["user"].flatMap { $0.isEmpty ? nil : $0 },
                            password: values["password"], from: from,
                            site: String(site.reversed().drop(while: { $0 == "/" }).reversed()),
                            sendmail: values["sendmail"] ?? "msmtp")
    }

    /// The domain of the sender, for Message-IDs.
    public var domain: String { String(from.split(separator: "@").last ?? "prostor.local") }
}
