import BookingImport
import Bookings
import Testing

/// Bad setup files: each error names file, line, record and field, and nothing is written.
@Suite("Setup file errors")
struct SetupFileErrorTests {
    let store: ImportStore

    init() throws { store = try ImportStore.withFixtures() }

    @Test func badIndentationIsMalformedYAMLAtItsLine() throws {
        let text = """
            venues:
              - slug: zlato-polje
                name: KS Zlato polje
               address: Ulica Janeza Puharja 8
            """
        try store.expectRejection("kranj.yaml:4: not a well-formed file: while parsing a block collection: did not find expected '-' indicator") { try $0.importYAML(text) }
    }

    @Test func anUnclosedQuoteIsMalformedYAMLAtItsLine() throws {
        let text = """
            venues:
              - slug: zlato-polje
                name: "KS Zlato polje
                address: Ulica Janeza Puharja 8
            closures: []
            """
        try store.expectRejection("kranj.yaml:3: not a well-formed file: while scanning a quoted scalar: found unexpected end of stream") { try $0.importYAML(text) }
    }

    @Test func aTabInTheIndentationIsMalformedYAMLAtItsLine() throws {
        let text = "venues:\n  - slug: zlato-polje\n    name: KS Zlato polje\n\taddress: Ulica Janeza Puharja 8\n"
        try store.expectRejection("kranj.yaml:4: not a well-formed file: while scanning a plain scalar: found a tab character that violates indentation") {
            try $0.importYAML(text)
        }
    }

    @Test func aKeyGivenTwiceIsMalformedYAML() throws {
        let text = """
            venues:
              - slug: zlato-polje
                name: KS Zlato polje
                name: KS Zlato polje 2
            """
        try store.expectRejection("kranj.yaml:3: not a well-formed file: a field is given twice: name") { try $0.importYAML(text) }
    }

    @Test func anUnknownFieldSuggestsTheFieldMeant() throws {
        let text = """
            venues:
              - slug: zlato-polje
                name: KS Zlato polje
                rooms:
                  - name: Sejna soba
                    capacty: 20
            """
        try store.expectRejection("kranj.yaml:6: room \"Sejna soba\": unknown field \"capacty\" (did you mean \"capacity\"?); "
                                  + "known fields: capacity, features, name, opening_hours, slug") { try $0.importYAML(text) }
    }

    @Test func aNegativeCapacityIsNamedWithItsRoomAndLine() throws {
        let text = """
            venues:
              - slug: zlato-polje
                name: KS Zlato polje
                rooms:
                  - slug: velika-dvorana
                    name: Velika dvorana
                    capacity: -5
            """
        try store.expectRejection("kranj.yaml:7: room \"Velika dvorana\": capacity must be a positive number, got \"-5\"") {
            try $0.importYAML(text)
        }
    }

    @Test func openingHoursThatEndBeforeTheyStartAreNamedWithTheirDay() throws {
        let text = """
            venues:
              - slug: golnik
                name: KS Golnik
                rooms:
                  - slug: velika-dvorana
                    name: Velika dvorana
                    capacity: 120
                    opening_hours:
                      monday: "16:00-22:00"
                      tuesday: "22:00-16:00"
            """
        try store.expectRejection("kranj.yaml:10: room \"Velika dvorana\": opening_hours.tuesday must end after it starts, got \"22:00-16:00\"") {
            try $0.importYAML(text)
        }
    }

    @Test func anUnknownRoomInARequestSuggestsTheRoomMeantAndUndoesTheWholeFile() throws {
        let text = """
            venues:
              - slug: zlato-polje
                name: KS Zlato polje
            requests:
              - group: du-golnik
                term: spomlad-2027
                title: Vaje
                audience: 10
                duration: 1h
                when:
                  - days: [tor]
                    hours: "18:00-20:00"
                rooms: [golnik/velika-dvorna]
            """
        try store.expectRejection("kranj.yaml:5: no room \"golnik/velika-dvorna\" (did you mean \"golnik/velika-dvorana\"?)") {
            try $0.importYAML(text)
        }
    }

    @Test func aRequestWindowShorterThanItsDurationIsNamed() throws {
        let text = """
            requests:
              - group: du-golnik
                term: spomlad-2027
                title: Vaje
                audience: 10
                duration: 2h
                when:
                  - days: [tor]
                    hours: "18:00-19:00"
            """
        try store.expectRejection("kranj.yaml:8: request \"Vaje\": when must be at least as long as the duration of 120 minutes, got \"TU 18:00-19:00\"") {
            try $0.importYAML(text)
        }
    }

    @Test func anUnknownWeekdayIsNamedWithItsLine() throws {
        let text = """
            requests:
              - group: du-golnik
                term: spomlad-2027
                title: Vaje
                audience: 10
                duration: 1h
                when:
                  - days: [tor, srd]
                    hours: "18:00-20:00"
            """
        try store.expectRejection("kranj.yaml:8: request \"Vaje\": when.days must be a weekday such as mon, tue … (or pon, tor …), got \"srd\"") {
            try $0.importYAML(text)
        }
    }

    @Test func aBookingExceptionThatBothCancelsAndMovesIsRejected() throws {
        let text = """
            bookings:
              - room: golnik/velika-dvorana
                group: du-golnik
                title: Vaje
                start: 2027-01-12T18:00
                duration: 2h
                exceptions:
                  - date: 2027-02-09
                    cancel: true
                    move_to: 2027-02-10T18:00
            """
        try store.expectRejection("kranj.yaml:8: booking \"Vaje\": exceptions must either cancel: true or move_to a new start, got \"2027-02-09\"") {
            try $0.importYAML(text)
        }
    }

    @Test func aFeatureThatIsNotAWordIsNamedAtTheFeaturesLine() throws {
        let text = """
            venues:
              - slug: zlato-polje
                name: KS Zlato polje
                rooms:
                  - name: Sejna soba
                    capacity: 20
                    features: [projector, "–"]
            """
        try store.expectRejection("kranj.yaml:7: room \"Sejna soba\": features must be a word such as \"projector\", got \"–\"") {
            try $0.importYAML(text)
        }
    }

    @Test func aBookingLongerThanADayIsNamedAtItsDurationLine() throws {
        let text = """
            bookings:
              - room: golnik/velika-dvorana
                group: du-golnik
                title: Maraton
                start: 2027-01-12T08:00
                duration: 25h
                rrule: FREQ=WEEKLY;BYDAY=TU
            """
        try store.expectRejection("kranj.yaml:6: booking \"Maraton\": duration must be at most 24 hours, got \"25h\"") {
            try $0.importYAML(text)
        }
    }

    @Test func aCancelledOccurrenceCannotNameARoom() throws {
        let text = """
            bookings:
              - room: golnik/velika-dvorana
                group: du-golnik
                title: Vaje
                start: 2027-01-12T18:00
                duration: 2h
                exceptions:
                  - date: 2027-02-09
                    cancel: true
                    room: golnik/sejna-soba
            """
        try store.expectRejection("kranj.yaml:10: booking \"Vaje\": exceptions.room only goes with move_to, got \"golnik/sejna-soba\"") {
            try $0.importYAML(text)
        }
    }

    @Test func aListWhereEntriesBelongIsNamed() throws {
        try store.expectRejection("kranj.yaml:1: setup file: venues must be a list of entries, each starting with \"- \"") {
            try $0.importYAML("venues: golnik\n")
        }
    }
}

@Suite("Setup file errors: records that repeat a slug")
struct RepeatedSlugTests {
    @Test func twoRoomsWithTheSameSlugInOneFileAreRefused() throws {
        let store = try ImportStore.withFixtures()
        let text = """
            venues:
              - slug: golnik
                name: KS Golnik
                rooms:
                  - name: Sejna soba
                    capacity: 20
                  - name: Sejna  soba
                    capacity: 25
            """
        try store.expectRejection("kranj.yaml:7: room \"Sejna  soba\": slug must not repeat that of kranj.yaml:5 (set slug: to tell them apart), got \"golnik/sejna-soba\"") {
            try $0.importYAML(text)
        }
    }

    @Test func twoGroupsWithTheSameSlugInOneFileAreRefused() throws {
        let store = try ImportStore.withFixtures()
        let text = """
            groups:
              - name: Šahovski klub
              - slug: sahovski-klub
                name: Šahovski klub Golnik
            """
        try store.expectRejection("kranj.yaml:3: group \"Šahovski klub Golnik\": slug must not repeat that of kranj.yaml:2 (set slug: to tell them apart), got \"sahovski-klub\"") {
            try $0.importYAML(text)
        }
    }

    @Test func theSameSlugInTwoFilesUpdatesTheRecord() throws {
        let store = try ImportStore.withFixtures()
        let summary = try store.importYAML("venues:\n  - slug: golnik\n    name: Krajevna skupnost Golnik\n")
        #expect(summary.counts["venue"]?.updated == 1)
        #expect(try store.snapshot().venues.first?.name == "Krajevna skupnost Golnik")
    }
}
