import Testing

import Bookings
import CivilTime

@Suite("Request: each rule with the message a user sees")
struct RequestValidationTests {
    func request(title: String = "Vaje zbora", audience: Int = 20, duration: Int = 90, sessions: Int = 1,
                 pattern: WeekPattern = .weekly, windows: [TimeWindow]? = nil,
                 preferred: [TimeWindow] = []) throws -> Request {
        try Request(group: slug("du-golnik"), term: slug("spomlad-2027"), title: title, audience: audience,
                    durationMinutes: duration, sessionsPerWeek: sessions, pattern: pattern,
                    windows: windows ?? [TimeWindow(days: [.tuesday, .thursday], hours: hours("17:00-21:00"))],
                    preferredWindows: preferred)
    }

    @Test func keepsVenuesRoomsAndFeaturesSortedWithoutRepeats() throws {
        let request = try Request(
            group: slug("du-golnik"), term: slug("spomlad-2027"), title: " Vaje zbora ", audience: 16,
            features: ["Piano", "step free"], durationMinutes: 90,
            windows: [TimeWindow(days: [.wednesday, .monday, .monday], hours: hours("16:00-19:00"))],
            venues: [slug("zlato-polje"), slug("golnik"), slug("golnik")],
            preferredRooms: [roomRef("golnik/velika-dvorana"), roomRef("golnik/sejna-soba"), roomRef("golnik/sejna-soba")])
        #expect(request.title == "Vaje zbora")
        #expect(request.features == ["piano", "step-free"])
        #expect(request.venues.map(\.value) == ["golnik", "zlato-polje"])
        #expect(request.preferredRooms.map(\.description) == ["golnik/sejna-soba", "golnik/velika-dvorana"])
        #expect(request.windows[0].days == [.monday, .wednesday])
        #expect(request.windows[0].description == "MO,WE 16:00-19:00")
        #expect(request.identity == "du-golnik|spomlad-2027|Vaje zbora")
    }

    @Test func titleMustNotBeEmpty() {
        #expect(thrownMessage { try request(title: "") } == "request \"\": title must not be empty, got \"\"")
    }

    @Test func audienceMustBePositive() {
        #expect(thrownMessage { try request(audience: 0) }
            == "request \"Vaje zbora\": audience must be a positive number, got \"0\"")
    }

    @Test func durationMustBePositive() {
        #expect(thrownMessage { try request(duration: -30) }
            == "request \"Vaje zbora\": duration must be a positive number, got \"-30\"")
    }

    @Test func sessionsAWeekMustBeBetweenOneAndSeven() {
        #expect(thrownMessage { try request(sessions: 0) }
            == "request \"Vaje zbora\": sessions must be between 1 and 7, got \"0\"")
        #expect(thrownMessage { try request(sessions: 8) }
            == "request \"Vaje zbora\": sessions must be between 1 and 7, got \"8\"")
    }

    @Test func needsAtLeastOneWindow() {
        #expect(thrownMessage { try request(windows: []) }
            == "request \"Vaje zbora\": when must give at least one day and time range, got \"\"")
    }

    @Test func everyWindowMustHoldTheWholeDuration() throws {
        let short = TimeWindow(days: [.tuesday], hours: try hours("18:00-19:00"))
        #expect(thrownMessage { try request(duration: 90, windows: [short]) }
            == "request \"Vaje zbora\": when must be at least as long as the duration of 90 minutes, got \"TU 18:00-19:00\"")
    }

    @Test func aWindowExactlyAsLongAsTheDurationIsEnough() throws {
        let exact = TimeWindow(days: [.tuesday], hours: try hours("18:00-19:30"))
        #expect(try request(duration: 90, windows: [exact]).windows == [exact])
    }

    @Test func needsAsManyDaysAsSessionsAWeek() throws {
        let tuesdays = TimeWindow(days: [.tuesday], hours: try hours("17:00-21:00"))
        #expect(thrownMessage { try request(sessions: 2, windows: [tuesdays]) }
            == "request \"Vaje zbora\": when must offer at least 2 different days for 2 sessions a week, got \"TU 17:00-21:00\"")
    }

    @Test func preferredWindowsMustFallOnAcceptedDays() throws {
        let wednesday = TimeWindow(days: [.wednesday], hours: try hours("18:00-20:00"))
        #expect(thrownMessage { try request(preferred: [wednesday]) }
            == "request \"Vaje zbora\": preferred must fall on days the request accepts, got \"WE 18:00-20:00\"")
    }
}

@Suite("WeekPattern: the words of setup files and spreadsheets")
struct WeekPatternTests {
    @Test func readsWeeklyAndFortnightlyInTheirSeveralSpellings() throws {
        #expect(try WeekPattern(parsing: "weekly") == .weekly)
        #expect(try WeekPattern(parsing: "Every week") == .weekly)
        #expect(try WeekPattern(parsing: "fortnightly") == .fortnightly)
        #expect(try WeekPattern(parsing: "every other week") == .fortnightly)
        #expect(try WeekPattern(parsing: "Biweekly") == .fortnightly)
    }

    @Test func readsTheOrdinalOfAMonthlyPattern() throws {
        #expect(try WeekPattern(parsing: "first-of-month") == .monthly(ordinal: 1))
        #expect(try WeekPattern(parsing: "fourth of month") == .monthly(ordinal: 4))
        #expect(try WeekPattern(parsing: "Last-of-month") == .monthly(ordinal: -1))
    }

    @Test func describesItselfInWordsThatReadBack() throws {
        for pattern in [WeekPattern.weekly, .fortnightly, .monthly(ordinal: 2), .monthly(ordinal: -1)] {
            #expect(try WeekPattern(parsing: pattern.description) == pattern)
        }
        #expect(WeekPattern.dates([try date("2027-01-12"), try date("2027-02-09")]).description
            == "dates 2027-01-12,2027-02-09")
        #expect(WeekPattern.dates([]).isDates)
        #expect(!WeekPattern.weekly.isDates)
    }

    @Test func rejectsUnknownWords() {
        #expect(thrownMessage { try WeekPattern(parsing: "fifth-of-month", record: "request \"Vaje\"") }
            == "request \"Vaje\": repeats must be weekly, fortnightly, first-of-month … fourth-of-month, last-of-month or dates, got \"fifth-of-month\"")
        #expect(thrownMessage { try WeekPattern(parsing: "daily") }
            == "repeats must be weekly, fortnightly, first-of-month … fourth-of-month, last-of-month or dates, got \"daily\"")
    }

    @Test func aDatesPatternNeedsNoSpreadOfDays() throws {
        let dates = WeekPattern.dates([try date("2027-03-02"), try date("2027-03-04")])
        let window = TimeWindow(days: [.tuesday], hours: try hours("17:00-21:00"))
        let request = try Request(group: slug("du-golnik"), term: slug("spomlad-2027"), title: "Delavnica",
                                  audience: 10, durationMinutes: 60, sessionsPerWeek: 2, pattern: dates, windows: [window])
        #expect(request.pattern == dates)
    }
}
