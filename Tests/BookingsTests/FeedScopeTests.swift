import Bookings
import CivilTime
import Testing

@Suite struct FeedScopeTests {
    @Test func rejectedAndCancelledSeriesAreInNoFeed() throws {
        let room = try RoomRef(parsing: "golnik/sejna-soba")
        for state in Booking.State.allCases {
            let booking = try Booking(room: room, group: Slug(folding: "td"), title: "Seja",
                                      start: LocalDateTime(iso: "2027-02-01T19:00"), durationMinutes: 60, state: state)
            let expected = state == .tentative || state == .approved
            for scope in [FeedScope.all, .venue(room.venue), .room(room), .group(Slug(folding: "td"))] {
                #expect(scope.includes(booking) == expected, "\(state) in \(scope)")
            }
        }
    }
}
