import CivilTime
import Foundation

/// Writes the messages a change owes into the outbox, inside the transaction of the change, so that a
/// change and the news of it are kept together or not at all.
///
/// Groups are told what happened to their requests and bookings, in their own language, with their
/// page's address and, for a booking, a calendar their own calendar program takes (`NoticeCalendar`).
/// A venue's administrators are told of requests that arrive and requests that are withdrawn. A group
/// without an e-mail address, or a venue without administrators, is simply not written to.
public struct Notifier {
    let store: any StoreWriter
    let context: ChangeContext
    /// The venues, rooms and closures, read once for all the messages of one change: a stored plan
    /// writes one message per placed request, and must not read every place again for each.
    private let places: PlaceCache

    public init(_ store: any StoreWriter, context: ChangeContext) {
        self.store = store
        self.context = context
        places = PlaceCache(store)
    }

    final class PlaceCache {
        let store: any StoreReader
        private var read: (venues: [Venue], rooms: [Room], closures: [Closure])?

        init(_ store: any StoreReader) { self.store = store }

        var value: (venues: [Venue], rooms: [Room], closures: [Closure]) {
            get throws {
                if let read { return read }
                let fresh = (try store.venues(), try store.rooms(in: nil), try store.closures())
                read = fresh
                return fresh
            }
        }
    }

    /// The messages of a change of a booking, from its history entry (what it was before and after).
    public func tell(_ entry: HistoryEntry) throws {
        guard let booking = entry.after?.booking ?? entry.before?.booking else { return }
        let before = entry.before?.booking
        // A request that ended is told of once, as a whole, not booking by booking.
        if let requestID = booking.requestID, let request = try store.request(id: requestID), !request.status.isOpen { return }
        switch entry.action {
        case .booked:
            try write(booking.state == .approved ? .approved : .placed, about: booking, reason: entry.reason, method: .request)
        case .approved:
            try write(.approved, about: booking, reason: entry.reason, method: .request)
        case .scheduled:
            try write(.placed, about: booking, reason: "", method: .request, changed: before != nil)
        case .rejected:
            try write(.bookingRejected, about: booking, reason: entry.reason, method: .cancel)
        case .cancelled:
            try write(.bookingCancelled, about: booking, reason: entry.reason, method: .cancel)
        case .unscheduled:
            try write(.unscheduled, about: booking, reason: entry.reason, method: .cancel)
        case .occurrenceCancelled:
            let dates = changedDates(before, booking) { if case .cancelled = $0.change { true } else { false } }
            try write(.dateCancelled, about: booking, reason: entry.reason, method: .cancel, dates: dates)
        case .moved:
            let dates = changedDates(before, booking) { if case .moved = $0.change { true } else { false } }
            try write(.dateMoved, about: booking, reason: entry.reason, method: .request, dates: dates)
        case .restored:
            let kept = Set(booking.exceptions.map(\.originalDate))
            let dates = (before?.exceptions ?? []).map(\.originalDate).filter { !kept.contains($0) }
            try write(.dateRestored, about: booking, reason: entry.reason, method: .request, dates: dates)
        case .imported, .policyChanged, .policyOverridden:
            return
        }
    }

    /// A request arrived: the group gets its reference number, the administrators of the venues it named
    /// (or of every venue, when it named none) learn of it.
    public func received(_ request: Request) throws {
        guard let group = try store.group(request.group) else { return }
        let texts = NoticeTexts(language: group.language)
        let term = try store.term(request.term)
        if let message = texts.received(request, group: group, term: term) {
            try post(message, to: group, request: request)
        }
        try tellAdministrators(of: request, group: group, event: .requestForVenue) { words, venue in
            (words.forVenueSubject(request, group: group), words.forVenue(request, group: group, venue: venue, term: term))
        }
    }

    /// A request ended: withdrawn by the group or rejected by an administrator, with the reason.
    public func ended(_ request: Request, reason: String) throws {
        guard let group = try store.group(request.group) else { return }
        let texts = NoticeTexts(language: group.language)
        let event: OutboxMessage.Event = request.status == .rejected ? .requestRejected : .requestWithdrawn
        try post(texts.ended(request, group: group, reason: reason, event: event), to: group, request: request)
        guard event == .requestWithdrawn else { return }
        try tellAdministrators(of: request, group: group, event: .requestWithdrawn) { words, _ in
            (words.withdrawnForVenueSubject(request, group: group), words.withdrawnForVenue(request, group: group, reason: reason))
        }
    }

    /// The last plan could not place (part of) the request; told only when that is news, not on every run.
    public func notPlaced(_ request: Request, outcome: PlanOutcome, previous: PlanOutcome?) throws {
        guard !outcome.unplaced.isEmpty, previous?.unplaced != outcome.unplaced,
              let group = try store.group(request.group) else { return }
        let texts = NoticeTexts(language: group.language)
        try post(texts.notPlaced(request, group: group, outcome: outcome, rooms: roomNames()), to: group, request: request)
    }

    /// A closure takes these dates of these bookings.
    public func closed(_ closure: Closure, taking hits: [(booking: Booking, dates: [LocalDate])]) throws {
        for hit in hits where !hit.dates.isEmpty {
            if let requestID = hit.booking.requestID, let request = try store.request(id: requestID), !request.status.isOpen { continue }
            try write(.closure, about: hit.booking, reason: closure.reason, method: .cancel, dates: hit.dates)
        }
    }

    /// A group asked for its page's address (the public form does not let anyone file under its name).
    public func sendLink(to group: Group) throws {
        try post(NoticeTexts(language: group.language).link(group), to: group, request: nil)
    }

    // MARK: Writing

    private func write(_ event: OutboxMessage.Event, about booking: Booking, reason: String, method: NoticeCalendar.Method,
                       dates: [LocalDate]? = nil, changed: Bool = false) throws {
        guard let group = try store.group(booking.group), !group.email.isEmpty else { return }
        // Only this booking: the calendar is of one event, and reading every booking per message would
        // make a stored plan cost the square of its size. CREATED and LAST-MODIFIED are left out.
        let known = try places.value
        let data = FeedData(venues: known.venues, rooms: known.rooms, groups: [group], closures: known.closures, bookings: [booking])
        let venue = data.venues[booking.room.venue]
        let texts = NoticeTexts(language: group.language)
        let draft = texts.booking(event, booking, room: data.rooms[booking.room], venue: venue, reason: reason,
                                  dates: dates ?? [], changed: changed)
        let stamp = LocalDateTime(secondsSinceEpoch: Int64(context.now.timeIntervalSince1970.rounded(.down)))
        let organizer = venue?.admins.first ?? "noreply@\(context.calendarHost)"
        let calendar = try NoticeCalendar.document(method, booking: booking, onlyDates: method == .cancel ? dates : nil,
                                                   data: data, host: context.calendarHost, organizer: organizer,
                                                   attendee: group.email, at: stamp)
        var message = draft.message(at: context.now, to: group)
        message.bookingID = booking.id
        message.requestID = booking.requestID
        message.venue = booking.room.venue
        message.calendar = calendar
        try store.save(message)
    }

    private func post(_ draft: NoticeTexts.Draft, to group: Group, request: Request?) throws {
        guard !group.email.isEmpty else { return }
        var message = draft.message(at: context.now, to: group)
        message.requestID = request?.id
        try store.save(message)
    }

    /// One message to each administrator of the venues the request named (every venue when it named
    /// none), in Slovenian: administrators work in the KS's language.
    private func tellAdministrators(of request: Request, group: Group, event: OutboxMessage.Event,
                                    words: (NoticeTexts, Venue) -> (subject: String, body: String)) throws {
        let texts = NoticeTexts(language: "sl")
        for venue in try venuesOf(request) {
            let (subject, body) = words(texts, venue)
            for admin in venue.admins {
                try store.save(OutboxMessage(createdAt: context.now, event: event, recipient: admin, language: "sl",
                                             group: group.slug, venue: venue.slug, requestID: request.id,
                                             subject: subject, body: body))
            }
        }
    }

    private func venuesOf(_ request: Request) throws -> [Venue] {
        let all = try places.value.venues
        return request.venues.isEmpty ? all : all.filter { request.venues.contains($0.slug) }
    }

    private func roomNames() throws -> [RoomRef: String] {
        var names: [RoomRef: String] = [:]
        let venues = Dictionary(try places.value.venues.map { ($0.slug, $0.name) }, uniquingKeysWith: { first, _ in first })
        for room in try places.value.rooms { names[room.ref] = "\(room.name), \(venues[room.ref.venue] ?? room.ref.venue.value)" }
        return names
    }

    /// The dates whose exception is new or different after the change, among those `matching`.
    private func changedDates(_ before: Booking?, _ after: Booking, matching: (OccurrenceException) -> Bool) -> [LocalDate] {
        let old = before?.exceptionsByDate ?? [:]
        return after.exceptions.filter { matching($0) && old[$0.originalDate] != $0 }.map(\.originalDate).sorted()
    }
}
