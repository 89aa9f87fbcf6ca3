import Foundation

/// An outbox message as an Internet message (RFC 5322, MIME): UTF-8 text, headers with non-ASCII
/// words encoded (RFC 2047), and, for a booking, the calendar as a `text/calendar` part with its iTIP
/// method, which calendar programs read as an invitation or a cancellation.
public enum MailComposer {
    /// The Message-ID of a message: the same for every try, so that a copy sent twice after a crash is
    /// recognisable as one message.
    public static func messageID(_ message: OutboxMessage, domain: String) -> String {
        "<prostor-\(message.event.rawValue)-\(message.id ?? 0)@\(domain)>"
    }

    /// The text of the message, lines ending in CRLF.
    public static func compose(_ message: OutboxMessage, settings: MailSettings) -> String {
        let sender = message.language == "en" ? "Prostor (community halls)" : "Prostor (prostori krajevnih skupnosti)"
        let body = message.text(site: settings.site)
        var headers = [
            "Date: " + rfc5322Date(OutboxMessage.instant(message.createdAt) ?? Date()),
            "From: " + address(sender, settings.from),
            "To: " + address(message.recipientName, message.recipient),
            "Subject: " + encodedWords(message.subject, prefix: "Subject: ".count),
            "Message-ID: " + messageID(message, domain: settings.domain),
            "MIME-Version: 1.0",
            "Content-Language: " + message.language,
            // Tells mail servers and vacation responders that nobody typed it (RFC 3834).
            "Auto-Submitted: auto-generated",
        ]
        let text = base64Lines(body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n"))
        guard let calendar = message.calendar else {
            headers += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64"]
            return (headers + ["", text, ""]).joined(separator: "\r\n")
        }
        let method = calendar.contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST"
        // Base64 never contains "_" or "=" inside a line, so the boundary cannot occur in a part.
        let boundary = "=_prostor_\(message.id ?? 0)"
        headers.append("Content-Type: multipart/mixed; boundary=\"\(boundary)\"")
        let parts = [
            "--\(boundary)",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: base64",
            "",
            text,
            "--\(boundary)",
            "Content-Type: text/calendar; charset=utf-8; method=\(method);\r\n name=\"prostor.ics\"",
            "Content-Disposition: attachment; filename=\"prostor.ics\"",
            "Content-Transfer-Encoding: base64",
            "",
            base64Lines(calendar),
            "--\(boundary)--",
            "",
        ]
        return (headers + ["", "This is a MIME message."] + parts).joined(separator: "\r\n")
    }

    /// `=?UTF-8?B?…?= <address>`, or the bare address when there is no name.
    static func address(_ name: String, _ address: String) -> String {
        let clean = name.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        return clean.isEmpty ? "<\(address)>" : "\(encodedWords(clean, prefix: 6)) <\(address)>"
    }

    /// A header value as RFC 2047 encoded words when it is not plain ASCII, each word at most 75
    /// characters and on its own folded line, split only between characters so that no UTF-8 sequence
    /// is cut.
    static func encodedWords(_ text: String, prefix: Int) -> String {
        let clean = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        if clean.allSatisfy({ $0.isASCII && $0 != "=" && $0 != "?" }) && clean.count + prefix <= 78 { return clean }
        var words: [String] = []
        var chunk = ""
        for character in clean {
            // "=?UTF-8?B?" + "?=" is 12 characters; 39 bytes of text make 52 of base64, 64 in all, so that
            // a line with "Subject: " or a folding space stays within RFC 2047's 76 characters.
            if (chunk + String(character)).utf8.count > 39 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?" + Data($0.utf8).base64EncodedString() + "?=" }.joined(separator: "\r\n ")
    }

    static func base64Lines(_ text: String) -> String {
        Data(text.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
    }

    /// `Tue, 16 Mar 2027 18:00:00 +0000`
    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
