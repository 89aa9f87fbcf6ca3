import CivilTime
import Foundation

/// One change in the append-only history: when, who, what was done to which booking or venue policy,
/// what it was before and after, and why.
public struct HistoryEntry: Hashable, Sendable, Codable {
    public enum Action: String, Hashable, Sendable, Codable, CaseIterable {
        case booked, imported, approved, rejected, cancelled
        case occurrenceCancelled = "occurrence-cancelled"
        case moved, restored
        /// The scheduler placed a request: a tentative booking made or changed by `prostor schedule`.
        case scheduled
        /// A tentative booking went: the scheduler could no longer place its request, or the request was
        /// withdrawn or removed.
        case unscheduled
        case policyChanged = "policy-changed"
        /// An administrator let a booking through although it broke a venue's policy.
        case policyOverridden = "policy-overridden"
    }

    public var id: Int64?
    /// The moment of the change, in UTC: `2026-11-25T12:30:00Z`.
    public var at: String
    /// The operator: `--as`, PROSTOR_USER or the system user.
    public var actor: String
    public var action: Action
    public var bookingID: Int64?
    /// The venue whose policy changed; nil for changes of bookings.
    public var venue: Slug?
    /// What changed, in words: `state tentative → approved`.
    public var summary: String
    public var reason: String
    public var before: HistorySnapshot?
    public var after: HistorySnapshot?

    public init(id: Int64? = nil, at: Date, actor: String, action: Action, bookingID: Int64? = nil, venue: Slug? = nil,
                summary: String, reason: String = "", before: HistorySnapshot? = nil, after: HistorySnapshot? = nil) {
        self.id = id
        self.at = at.formatted(.iso8601)
        self.actor = actor
        self.action = action
        self.bookingID = bookingID
        self.venue = venue
        self.summary = summary
        self.reason = reason
        self.before = before
        self.after = after
    }
}

/// A record as it was before or after a change.
public struct HistorySnapshot: Hashable, Sendable, Codable {
    public var booking: Booking?
    public var policy: VenuePolicy?

    public init(booking: Booking) {
        self.booking = booking
        policy = nil
    }

    public init(policy: VenuePolicy) {
        booking = nil
        self.policy = policy
    }
}

/// Who makes a change and when; every use case that changes data takes one.
public struct ChangeContext: Sendable {
    public var actor: String
    public var now: Date
    /// The host in calendar UIDs (`booking-<id>@<host>`), as the feeds write them, so that a calendar
    /// attached to a message updates the event a subscriber already has.
    public var calendarHost: String

    public init(actor: String, now: Date = Date(), calendarHost: String = FeedOptions.defaultHost) {
        self.actor = actor
        self.now = now
        self.calendarHost = calendarHost
    }

    /// The civil date and time now in a venue's zone, for notice and book-ahead limits.
    public func localNow(in zone: ZoneRules) -> LocalDateTime {
        zone.localDateTime(fromUTC: Int64(now.timeIntervalSince1970.rounded(.down)))
    }
}
