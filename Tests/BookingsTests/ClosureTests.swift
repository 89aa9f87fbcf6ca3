import Testing

import Bookings
import CivilTime

@Suite("Closure: validation and which sessions it blocks")
struct ClosureTests {
    @Test func aOneDayClosureEndsOnItsFirstDay() throws {
        let closure = try Closure(scope: .everywhere, firstDay: date("2027-02-08"), reason: " Prešernov dan ")
        #expect(closure.lastDay == (try date("2027-02-08")))
        #expect(closure.reason == "Prešernov dan")
        #expect(closure.hours == nil)
    }

    @Test func lastDayMustNotBeBeforeTheFirst() throws {
        #expect(thrownMessage {
            try Closure(scope: .venue(slug("golnik")), firstDay: date("2027-03-10"), lastDay: date("2027-03-01"),
                        reason: "Obnova")
        } == "closure \"Obnova\": to must not be before the first day 2027-03-10, got \"2027-03-01\"")
    }

    @Test func closureNeedsAReason() throws {
        #expect(thrownMessage { try Closure(scope: .everywhere, firstDay: date("2027-03-10"), reason: " ") }
            == "closure \" \": reason must not be empty, got \" \"")
    }

    @Test func scopesDescribeThemselves() throws {
        #expect(Closure.Scope.everywhere.description == "all venues")
        #expect(Closure.Scope.venue(try slug("golnik")).description == "venue golnik")
        #expect(Closure.Scope.room(try roomRef("golnik/kuhinja")).description == "room golnik/kuhinja")
    }

    @Test func anAllDayVenueClosureBlocksEveryRoomOfThatVenueOnItsDaysInclusive() throws {
        let closure = try Closure(scope: .venue(slug("strazisce")), firstDay: date("2027-01-30"),
                                  lastDay: date("2027-02-01"), reason: "Servis ogrevanja")
        let evening = try hours("18:00-20:00")
        let dvorana = try roomRef("strazisce/dvorana")
        #expect(closure.blocks(dvorana, on: try date("2027-01-30"), during: evening))
        #expect(closure.blocks(dvorana, on: try date("2027-02-01"), during: evening))
        #expect(!closure.blocks(dvorana, on: try date("2027-01-29"), during: evening))
        #expect(!closure.blocks(dvorana, on: try date("2027-02-02"), during: evening))
        #expect(!closure.blocks(try roomRef("golnik/dvorana"), on: try date("2027-01-30"), during: evening))
    }

    @Test func aClosureWithHoursBlocksOnlySessionsThatOverlapThem() throws {
        let closure = try Closure(scope: .room(roomRef("golnik/kuhinja")), firstDay: date("2027-03-10"),
                                  hours: hours("15:00-18:00"), reason: "Inšpekcijski pregled")
        let kuhinja = try roomRef("golnik/kuhinja"), day = try date("2027-03-10")
        #expect(closure.blocks(kuhinja, on: day, during: try hours("17:00-19:00")))
        #expect(closure.blocks(kuhinja, on: day, during: try hours("14:00-15:30")))
        #expect(!closure.blocks(kuhinja, on: day, during: try hours("18:00-20:00")))
        #expect(!closure.blocks(kuhinja, on: day, during: try hours("13:00-15:00")))
        #expect(!closure.blocks(try roomRef("golnik/sejna-soba"), on: day, during: try hours("16:00-17:00")))
    }

    @Test func aClosureEverywhereBlocksRoomsOfEveryVenue() throws {
        let closure = try Closure(scope: .everywhere, firstDay: date("2027-12-25"), reason: "Božič")
        let day = try date("2027-12-25"), span = try hours("09:00-10:00")
        #expect(closure.blocks(try roomRef("golnik/kuhinja"), on: day, during: span))
        #expect(closure.blocks(try roomRef("zlato-polje/sejna-soba"), on: day, during: span))
    }
}
