import BookingImport
import Bookings
import Testing

@Suite struct PolicyFieldsTests {
    static func yaml(_ policy: String) -> String {
        """
        venues:
          - slug: golnik
            name: KS Golnik
            policy:
        \(policy)
            rooms:
              - slug: kuhinja
                name: Kuhinja
                capacity: 10
        """
    }

    @Test func aVenuesPolicyIsReadIntoTheSetup() throws {
        let setup = try SetupFileReader(file: "golnik.yaml").read(Self.yaml("""
                  book_ahead_days: 180
                  min_notice_hours: 48
                  max_hours_per_group_per_week: 6
                  buffer_minutes: 15
                  room_kinds:
                    kuhinja: [society, NGO]
            """))
        let policy = try #require(setup.policies.first?.value)
        #expect(policy == (try VenuePolicy(venue: Slug(folding: "golnik"), bookAheadDays: 180, minNoticeHours: 48,
                                           maxHoursPerGroupPerWeek: 6, bufferMinutes: 15, roomKinds: ["kuhinja": ["ngo", "society"]])))
        #expect(setup.policies.first?.location.line == 5)
    }

    @Test func aWrongValueNamesTheFileLineAndField() throws {
        do {
            _ = try SetupFileReader(file: "golnik.yaml").read(Self.yaml("      buffer_minutes: -5"))
            Issue.record("a negative buffer was accepted")
        } catch {
            #expect("\(error)" == "golnik.yaml:5: policy of venue golnik: buffer_minutes must be zero or more, got \"-5\"")
        }
        do {
            _ = try SetupFileReader(file: "golnik.yaml").read(Self.yaml("      buffer: 5"))
            Issue.record("an unknown field was accepted")
        } catch {
            #expect("\(error)".hasPrefix("golnik.yaml:5: policy of venue golnik: unknown field \"buffer\""))
        }
    }

    @Test func aVenuesWeightsOfTheSchedulersWishesAreRead() throws {
        let setup = try SetupFileReader(file: "golnik.yaml").read(Self.yaml("""
                  weights:
                    energy_clustering: 5
                    minimal_change: 0
            """))
        let policy = try #require(setup.policies.first?.value)
        #expect(policy.weights == (try SchedulingWeights(["energy_clustering": 5, "minimal_change": 0], record: "policy")))
    }

    @Test(arguments: [
        ("      weights:\n        energy_clustring: 5",
         "golnik.yaml:6: policy of venue golnik: weights: unknown field \"energy_clustring\" (did you mean \"energy_clustering\"?); known fields: day_spread, energy_clustering, minimal_change, preferred_rooms, preferred_times, room_stability"),
        ("      weights:\n        day_spread: 5\n        minimal_change: 500",
         "golnik.yaml:7: policy of venue golnik: weights.minimal_change must be between 0 and 100, got \"500\""),
        ("      weights:\n        day_spread: many",
         "golnik.yaml:6: policy of venue golnik: weights: day_spread must be a whole number, got \"many\""),
        ("      weights: 5",
         "golnik.yaml:5: policy of venue golnik: weights must be a mapping of wishes to weights, such as energy_clustering: 5"),
    ])
    func aWrongWeightNamesTheLineOfItsWish(policy: String, message: String) throws {
        do {
            _ = try SetupFileReader(file: "golnik.yaml").read(Self.yaml(policy))
            Issue.record("accepted: \(policy)")
        } catch {
            #expect("\(error)" == message)
        }
    }
}
