import Foundation
import Testing

/// A closure added after the bookings, as in the issue: the agenda, `conflicts` and the usage report all
/// leave its dates out, since they read the one expansion the feeds and pages read.
@Suite struct ClosedDateTests {
    @Test func aClosedDateIsInNoViewAndClashesWithNothing() throws {
        let pilot = try Pilot()
        // The firemen meet in the hall on Tuesdays 18:00–20:00 (booking 1); a meeting in the kitchen at
        // 19:00 on Tuesday 9 February puts the group in two places at once.
        _ = try pilot.book(["--room", "golnik/kuhinja", "--group", "gasilci", "--title", "Seja", "--start", "2027-02-09T19:00",
                            "--duration", "1h"])
        let day = ["--from", "2027-02-09", "--to", "2027-02-09"]
        let before = try pilot.run(["conflicts", "--json"] + day)
        #expect(before.status == 3)
        #expect(before.stdout.contains("\"group-double-booked\""))

        #expect(try pilot.run(["closure", "add", "--reason", "Volitve", "--from", "2027-02-09", "--venue", "golnik"]).status == 0)
        let after = try pilot.run(["conflicts", "--json"] + day)
        #expect(after.status == 0, "\(after.stdout)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any])
        #expect((json["conflicts"] as? [Any])?.isEmpty == true)
        #expect(try pilot.run(["agenda", "--venue", "golnik"] + day).stdout == "nothing in venue golnik from 2027-02-09 to 2027-02-09\n")

        // Week 6: Monday is Prešernov dan and Tuesday is closed, so the hall is open on Wednesday and
        // Thursday only and booking 1's Tuesday is not booked time.
        let usage = try pilot.run(["report", "usage", "--from", "2027-02-08", "--to", "2027-02-14", "--csv", "--totals-only"])
        #expect(usage.stdout == """
            room,week,open_hours,booked_hours,share,groups,activities
            golnik/dvorana,total,12.0,0.0,0%,0,0
            golnik/kuhinja,total,0.0,0.0,0%,0,0

            """)
    }
}
