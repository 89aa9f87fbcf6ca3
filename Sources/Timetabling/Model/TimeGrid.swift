/// A week as days × equal slots; slot indices run day by day (`day * slotsPerDay + slot`).
public struct TimeGrid: Sendable, Hashable {
    /// Days in the week of the grid.
    public var days: Int
    /// Slots per day (a 15-minute slot for KS halls, a competition period for ITC-2007).
    public var slotsPerDay: Int

    /// Creates a grid of `days` × `slotsPerDay` slots.
    public init(days: Int, slotsPerDay: Int) {
        self.days = days
        self.slotsPerDay = slotsPerDay
    }

    /// Number of slots in the week.
    public var slotCount: Int { days * slotsPerDay }

    /// Slot index of `slot` on `day`.
    public func index(day: Int, slot: Int) -> Int { day * slotsPerDay + slot }

    /// Day of a slot index.
    public func day(of index: Int) -> Int { index / slotsPerDay }

    /// Slot within its day of a slot index.
    public func slotInDay(of index: Int) -> Int { index % slotsPerDay }

    /// Whether a session of `duration` slots starting at `start` stays within one day.
    public func fits(start: Int, duration: Int) -> Bool {
        start >= 0 && start < slotCount && slotInDay(of: start) + duration <= slotsPerDay
    }
}
