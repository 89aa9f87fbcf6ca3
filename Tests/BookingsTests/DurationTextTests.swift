import Testing

import Bookings

@Suite("DurationText: durations as administrators type them")
struct DurationTextTests {
    @Test(arguments: [
        ("90m", 90), ("90", 90), ("2h", 120), ("1h30", 90), ("1h30m", 90), ("1:30", 90),
        ("45min", 45), ("1 h 30", 90), (" 2H ", 120), ("0:45", 45), ("1h05", 65),
    ])
    func readsEveryAcceptedForm(text: String, minutes: Int) throws {
        #expect(try DurationText.minutes(text) == minutes)
    }

    @Test func zeroIsNotADuration() {
        #expect(thrownMessage { try DurationText.minutes("0") } == "duration must be longer than zero, got \"0\"")
        #expect(thrownMessage { try DurationText.minutes("0h", record: "request \"Vaje\"") }
            == "request \"Vaje\": duration must be longer than zero, got \"0h\"")
    }

    @Test(arguments: ["abc", "", "1h75", "1:5", "1:75", "h30", "1h30x", "1h-5", "2h-30", "1:-5", "90s"])
    func rejectsTextThatIsNotADuration(text: String) {
        #expect(thrownMessage { try DurationText.minutes(text, record: "request \"Vaje\"") }
            == "request \"Vaje\": duration must be a duration like \"90m\", \"2h\" or \"1h30\", got \"\(text)\"")
    }

    @Test func formatsTheShortestFormThatReadsBack() {
        #expect(DurationText.format(minutes: 45) == "45m")
        #expect(DurationText.format(minutes: 120) == "2h")
        #expect(DurationText.format(minutes: 90) == "1h30")
        #expect(DurationText.format(minutes: 65) == "1h05")
    }

    @Test func everyFormattedDurationReadsBackToItsMinutes() throws {
        for minutes in 1...(24 * 60) {
            #expect(try DurationText.minutes(DurationText.format(minutes: minutes)) == minutes)
        }
    }
}
