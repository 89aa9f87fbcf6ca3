import Foundation

/// One e-mail that Prostor owes someone: written in the same transaction as the change it reports, so
/// that no change goes untold and no message tells of a change that failed; sent later by
/// `prostor notify send` (or `prostor serve` in the background).
///
/// The text is composed when the change happens, so that it says what was true then. Only the site's
/// address is added when it is sent (`pagePath` is joined to it), since a message is written by commands
/// that need not know where the web server lives.
public struct OutboxMessage: Hashable, Sendable, Codable {
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        /// Waiting to be sent, or to be tried again at `nextAttemptAt`.
        case pending
        /// Handed to the mail server.
        case sent
        /// Given up on after `OutboxMessage.maximumAttempts` tries; kept for `notify list --failed`, then
        /// retried or dropped by an administrator.
        case failed
        /// An administrator decided it should not go out.
        case dropped
    }

    /// What happened, which decides the words and the calendar attachment.
    public enum Event: String, Hashable, Sendable, Codable, CaseIterable {
        case requestReceived = "request-received"
        /// The same, told to the venue's administrators.
        case requestForVenue = "request-for-venue"
        case placed, approved
        case bookingRejected = "booking-rejected"
        case notPlaced = "not-placed"
        case bookingCancelled = "booking-cancelled"
        case dateCancelled = "date-cancelled"
        case dateMoved = "date-moved"
        case dateRestored = "date-restored"
        case closure
        case unscheduled
        case requestWithdrawn = "request-withdrawn"
        case requestRejected = "request-rejected"
        /// A group asked to be sent the address of its own page.
        case groupLink = "group-link"
    }

    /// Where the group's page address goes in `body`; replaced when the message is sent.
    public static let pageMarker = "<page>"

    /// The text as it is sent: the page marker replaced by the page's address on `site`.
    public func text(site: String) -> String {
        let address = pagePath.map { site + $0 } ?? ""
        guard body.contains(Self.pageMarker) else { return address.isEmpty ? body : body + "\n\n" + address }
        return body.replacingOccurrences(of: Self.pageMarker, with: address)
    }

    /// Tries before a message counts as failed; with the back-off below that is about a day.
    public static let maximumAttempts = 8

    public var id: Int64?
    /// When the change happened, in UTC (ISO 8601).
    public var createdAt: String
    public var event: Event
    public var recipient: String
    public var recipientName: String
    /// `sl` or `en`: the language the text is written in.
    public var language: String
    public var group: Slug?
    public var venue: Slug?
    public var bookingID: Int64?
    public var requestID: Int64?
    public var subject: String
    public var body: String
    /// The group's page (`/groups/TOKEN`), joined to the site's address when the message is sent.
    public var pagePath: String?
    /// An iCalendar document (RFC 5546 iTIP: METHOD REQUEST or CANCEL) for the group's own calendar.
    public var calendar: String?
    public var status: Status
    public var attempts: Int
    /// Not before this moment (UTC, ISO 8601): the back-off after a failure, or the lease of a sender
    /// that took the message and has not said how it went.
    public var nextAttemptAt: String
    public var lastError: String
    public var sentAt: String?

    public init(id: Int64? = nil, createdAt: Date, event: Event, recipient: String, recipientName: String = "",
                language: String, group: Slug? = nil, venue: Slug? = nil, bookingID: Int64? = nil, requestID: Int64? = nil,
                subject: String, body: String, pagePath: String? = nil, calendar: String? = nil) {
        self.id = id
        self.createdAt = createdAt.formatted(.iso8601)
        self.event = event
        self.recipient = recipient
        self.recipientName = recipientName
        self.language = language
        self.group = group
        self.venue = venue
        self.bookingID = bookingID
        self.requestID = requestID
        self.subject = subject
        self.body = body
        self.pagePath = pagePath
        self.calendar = calendar
        status = .pending
        attempts = 0
        nextAttemptAt = self.createdAt
        lastError = ""
        sentAt = nil
    }

    /// Whether a sender may take it now.
    public func isDue(at now: Date) -> Bool {
        status == .pending && (Self.instant(nextAttemptAt) ?? .distantPast) <= now
    }

    /// The wait after the n-th failed try: 1, 2, 4 … 128 minutes, so that a mail server down for a night
    /// is tried a few times an hour at first and then rarely, for about a day in all.
    public static func backOff(afterAttempt attempt: Int) -> TimeInterval {
        60 * pow(2, Double(max(0, min(attempt, maximumAttempts) - 1)))
    }

    static func instant(_ text: String) -> Date? {
        try? Date(text, strategy: .iso8601)
    }
}
