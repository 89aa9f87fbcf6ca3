import Foundation
import CivilTime

extension NoticeTexts {
    /// The message about a change of one booking.
    func booking(_ event: OutboxMessage.Event, _ booking: Booking, room: Room?, venue: Venue?, reason: String,
                 dates: [LocalDate], changed: Bool) -> BookingDraft {
        BookingDraft(texts: self, event: event, booking: booking, room: room, venue: venue, reason: reason, dates: dates,
                     changed: changed)
    }

    /// Words for a booking; addressed by `message(at:to:)` like a `Draft`.
    struct BookingDraft {
        let texts: NoticeTexts
        let event: OutboxMessage.Event
        let booking: Booking
        let room: Room?
        let venue: Venue?
        let reason: String
        let dates: [LocalDate]
        let changed: Bool

        private var words: NoticeWords { texts.words }
        private func say(_ sl: String, _ en: String) -> String { words.say(sl, en) }

        /// `ob torkih 18.00–19.30 od 12. 1. 2027` or, for one date, `torek, 12. 1. 2027, 18.00–19.30`.
        private var when: String {
            booking.recurrence == nil ? words.session(booking.start, minutes: booking.durationMinutes)
                : words.weekly(booking.start, minutes: booking.durationMinutes) + say(" od \(words.date(booking.start.date))",
                                                                                     " from \(words.date(booking.start.date))")
        }

        private var place: String {
            let roomName = room?.name ?? booking.room.room.value
            guard let venue else { return roomName }
            return "\(roomName), \(venue.name)" + (venue.address.isEmpty ? "" : " (\(venue.address))")
        }

        private var dateList: String { dates.map(words.dayAndDate).joined(separator: ", ") }

        private var why: String { reason.trimmingWhitespace().isEmpty ? "" : say("Razlog: \(reason)", "The reason: \(reason)") }

        private var subjectAndParagraphs: (String, [String]) {
            let title = booking.title
            switch event {
            case .approved:
                return (say("Potrjeno: »\(title)«, \(when)", "Confirmed: “\(title)”, \(when)"),
                        [say("termin dejavnosti »\(title)« je potrjen: \(when), \(place).", "the dates of “\(title)” are confirmed: \(when), \(place)."),
                         say("V priponki je koledar, ki ga vaš koledarski program doda med dogodke.", "The attachment is a calendar your calendar program adds to your events.")])
            case .placed:
                return (changed ? say("Spremenjen predlog termina: »\(title)«", "A new proposed time for “\(title)”")
                            : say("Predlagan termin: »\(title)«, \(when)", "Proposed time: “\(title)”, \(when)"),
                        [changed ? say("razpored je dejavnosti »\(title)« predlagal nov termin: \(when), \(place).",
                                       "the schedule now proposes a new time for “\(title)”: \(when), \(place).")
                                 : say("razpored je dejavnosti »\(title)« predlagal termin: \(when), \(place).",
                                       "the schedule proposes a time for “\(title)”: \(when), \(place)."),
                         say("Termin še ni potrjen. Ko ga upravitelj potrdi ali zavrne, vam pišemo znova.",
                             "The time is not confirmed yet. We will write again when an administrator confirms or turns it down.")])
            case .bookingRejected:
                return (say("Termin ni potrjen: »\(title)«", "Time turned down: “\(title)”"),
                        [say("predlagani termin dejavnosti »\(title)« (\(when), \(place)) ni bil potrjen.",
                             "the proposed time for “\(title)” (\(when), \(place)) was turned down."),
                         why,
                         say("Ta prostor in čas razpored ne bo več predlagal; prošnja ostaja odprta in iskal bo drug termin.",
                             "The schedule will not propose this room and time again; the request stays open and it will look for another.")])
            case .bookingCancelled:
                return (say("Odpovedano: »\(title)«", "Cancelled: “\(title)”"),
                        [say("termin dejavnosti »\(title)« (\(when), \(place)) je odpovedan.", "the dates of “\(title)” (\(when), \(place)) are cancelled."), why])
            case .unscheduled:
                return (say("Predlog termina ne velja več: »\(title)«", "Proposed time withdrawn: “\(title)”"),
                        [say("predlagani termin dejavnosti »\(title)« (\(when), \(place)) ne velja več.",
                             "the proposed time for “\(title)” (\(when), \(place)) no longer stands."), why])
            case .dateCancelled:
                return (say("Odpade: »\(title)«, \(dateList)", "Cancelled: “\(title)”, \(dateList)"),
                        [say("dejavnost »\(title)« \(dates.count == 1 ? "odpade" : "odpade na te dni"): \(dateList).",
                             "“\(title)” does not take place on \(dateList)."), why,
                         say("Drugi termini ostanejo, kot so bili.", "The other dates stay as they were.")])
            case .dateMoved:
                let moved = dates.compactMap { date -> String? in
                    guard let exception = booking.exceptionsByDate[date], case .moved(let start, let newRoom) = exception.change else { return nil }
                    let where_ = newRoom.map { " (\($0.room.value))" } ?? ""
                    return "\(words.dayAndDate(date)) → \(words.session(start, minutes: booking.durationMinutes))\(where_)"
                }
                return (say("Spremenjen termin: »\(title)«", "Date moved: “\(title)”"),
                        [say("termin dejavnosti »\(title)« je prestavljen:", "a date of “\(title)” has moved:") + "\n  " + moved.joined(separator: "\n  "), why])
            case .dateRestored:
                return (say("Spet velja: »\(title)«, \(dateList)", "On again: “\(title)”, \(dateList)"),
                        [say("dejavnost »\(title)« \(dates.count == 1 ? "spet poteka" : "spet poteka na te dni"): \(dateList), kot prej (\(place)).",
                             "“\(title)” takes place again on \(dateList), as before (\(place))."), why])
            case .closure:
                return (say("Zaprto: »\(title)« odpade \(dateList)", "Closed: “\(title)” off on \(dateList)"),
                        [say("\(venue?.name ?? "krajevna skupnost") bo zaprta, zato dejavnost »\(title)« odpade: \(dateList).",
                             "\(venue?.name ?? "the hall") will be closed, so “\(title)” does not take place on \(dateList)."), why,
                         say("Drugi termini ostanejo, kot so bili.", "The other dates stay as they were.")])
            default:
                return (title, [])
            }
        }

        func message(at now: Date, to group: Group) -> OutboxMessage {
            let (subject, paragraphs) = subjectAndParagraphs
            let draft = NoticeTexts.Draft(event: event, subject: subject,
                                          body: texts.letter(group, paragraphs + [say("Vse termine skupine vidite na njeni strani:", "All your group's dates are on its page:")]),
                                          pagePath: NoticeTexts.pagePath(group))
            return draft.message(at: now, to: group)
        }
    }
}
