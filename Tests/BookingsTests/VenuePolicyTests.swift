import BookingStore
import Bookings
import CivilTime
import Testing

@Suite struct VenuePolicyTests {
    typealias F = WorkflowFixture
    static let now = try! LocalDateTime(iso: "2027-01-05T10:00")

    static func violations(_ policy: VenuePolicy, _ booking: Booking, others: [Booking] = [], group: String = "zbor",
                           kind: String = "society") throws -> [String] {
        let group = try Group(slug: Slug(folding: group), name: group, kind: kind, token: Group.newToken())
        return try policy.violations(of: booking, group: group, others: others, now: now, zone: nil)
    }

    @Test func aPolicyWithoutLimitsAllowsEverything() throws {
        #expect(try Self.violations(VenuePolicy(venue: F.golnik), try F.booking("zbor", "2027-01-05T11:00")).isEmpty)
    }

    @Test func roomKindsLetOnlySomeKindsOfGroupBookARoom() throws {
        let policy = try VenuePolicy(venue: F.golnik, roomKinds: ["kuhinja": ["society", "NGO"]])
        #expect(policy.admits(groupKind: "ngo", to: F.kitchen.room))
        #expect(!policy.admits(groupKind: "school", to: F.kitchen.room))
        #expect(policy.admits(groupKind: "school", to: F.hall.room))
        #expect(try Self.violations(policy, try F.booking("sola", "2027-01-12T18:00", room: F.kitchen), group: "sola", kind: "school")
                == ["room golnik/kuhinja is for ngo, society only, and group sola is a school"])
    }

    @Test func noticeAndBookAheadBoundTheFirstSession() throws {
        let policy = try VenuePolicy(venue: F.golnik, bookAheadDays: 30, minNoticeHours: 24)
        let window = policy.startWindow(now: Self.now)
        #expect(window.earliest == (try LocalDateTime(iso: "2027-01-06T10:00")))
        #expect(window.latest == (try LocalDateTime(iso: "2027-02-05T00:00")))
        #expect(try Self.violations(policy, try F.booking("zbor", "2027-01-06T09:00")).count == 1)
        #expect(try Self.violations(policy, try F.booking("zbor", "2027-01-06T18:00")).isEmpty)
        #expect(try Self.violations(policy, try F.booking("zbor", "2027-02-04T18:00")).isEmpty)
        #expect(try Self.violations(policy, try F.booking("zbor", "2027-02-05T18:00"))
                == ["the first session at 2027-02-05T18:00 is more than 30 days ahead"])
    }

    @Test func hoursPerWeekCountTheGroupsOtherBookingsInTheVenue() throws {
        let policy = try VenuePolicy(venue: F.golnik, maxHoursPerGroupPerWeek: 3)
        var other = try F.booking("zbor", "2027-01-11T18:00", rule: nil)
        other.id = 1
        let booking = try F.booking("zbor", "2027-01-13T18:00", rule: "FREQ=WEEKLY;COUNT=2")
        #expect(try Self.violations(policy, booking, others: [other]) == ["group zbor would hold more than 3 hours a week in weeks 2027-W02"])
        other.state = .rejected
        #expect(try Self.violations(policy, booking, others: [other]).isEmpty)
    }

    @Test func limitsMustBeSensible() throws {
        #expect(throws: InvalidValue(record: "policy of venue golnik", field: "buffer_minutes", value: "-1", rule: "must be zero or more")) {
            try VenuePolicy(venue: F.golnik, bufferMinutes: -1)
        }
        #expect(throws: InvalidValue(record: "policy of venue golnik", field: "room_kinds.kuhinja", value: "", rule: "must name at least one kind of group, such as \"society\"")) {
            try VenuePolicy(venue: F.golnik, roomKinds: ["kuhinja": []])
        }
    }
}

@Suite struct VenuePolicyForTheSchedulerTests {
    @Test func theSchedulerNarrowsRoomsByTheGroupsKind() throws {
        let store = try WorkflowFixture.store()
        let policy = try VenuePolicy(venue: WorkflowFixture.golnik, roomKinds: ["kuhinja": ["society"]])
        let rooms = try store.read { try $0.rooms(in: nil) }
        #expect(policy.admissibleRooms(rooms, forGroupKind: "school").map(\.ref) == [WorkflowFixture.hall])
        #expect(policy.admissibleRooms(rooms, forGroupKind: "society").count == 2)
        #expect(policy.maxMinutesPerGroupPerWeek == nil)
    }
}
