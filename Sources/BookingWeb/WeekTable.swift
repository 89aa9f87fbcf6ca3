import Bookings
import CivilTime

/// One day of a venue's week as a table: rooms are columns, half-hours are rows, and each activity is
/// a cell spanning the rows it takes. Activities that overlap in one room (a tentative proposal beside
/// an approved booking) share one cell, so the table never breaks.
struct DayTable: Sendable {
    struct Row: Sendable {
        let time: String
        let isHour: Bool
        let cells: [Cell]
    }

    struct Cell: Sendable {
        let rowspan: Int
        let isEmpty: Bool
        let activities: [ActivityView]
    }

    static let slotMinutes = 30

    let rows: [Row]

    init(occurrences: [ShownOccurrence], rooms: [Room], format: CivilFormat, roomNames: [RoomRef: String]) {
        guard let earliest = occurrences.map(\.startMinute).min(), let latest = occurrences.map(\.endMinute).max() else {
            rows = []
            return
        }
        let slot = Self.slotMinutes
        let firstMinute = earliest / slot * slot
        let slotCount = (latest - firstMinute + slot - 1) / slot
        // For each room: the cells that start in each slot, and which slots earlier cells cover.
        var starts: [[Int: Cell]] = []
        var covered: [Set<Int>] = []
        for room in rooms {
            let inRoom = occurrences.filter { $0.room == room.ref }.sorted { $0.startMinute < $1.startMinute }
            var cellStarts: [Int: Cell] = [:]
            var coveredSlots = Set<Int>()
            var group: [ShownOccurrence] = []
            var groupEnd = 0
            func close() {
                guard let first = group.first else { return }
                let startSlot = (first.startMinute - firstMinute) / slot
                let endSlot = max(startSlot + 1, (groupEnd - firstMinute + slot - 1) / slot)
                cellStarts[startSlot] = Cell(rowspan: endSlot - startSlot, isEmpty: false,
                                             activities: group.map { ActivityView($0, format: format, roomNames: roomNames) })
                coveredSlots.formUnion((startSlot + 1)..<endSlot)
            }
            for occurrence in inRoom {
                // Cells join when they share a slot, not only when their minutes overlap.
                let startSlotMinute = occurrence.startMinute / slot * slot
                if !group.isEmpty, startSlotMinute < (groupEnd + slot - 1) / slot * slot {
                    group.append(occurrence)
                    groupEnd = max(groupEnd, occurrence.endMinute)
                } else {
                    close()
                    group = [occurrence]
                    groupEnd = occurrence.endMinute
                }
            }
            close()
            starts.append(cellStarts)
            covered.append(coveredSlots)
        }
        var rows: [Row] = []
        for index in 0..<slotCount {
            let minute = firstMinute + index * slot
            var cells: [Cell] = []
            for column in rooms.indices {
                if let cell = starts[column][index] {
                    cells.append(cell)
                } else if !covered[column].contains(index) {
                    cells.append(Cell(rowspan: 1, isEmpty: true, activities: []))
                }
            }
            rows.append(Row(time: format.time(minuteOfDay: minute), isHour: minute % 60 == 0, cells: cells))
        }
        self.rows = rows
    }
}

/// A month as weeks of seven days, each day with its activities in order.
struct MonthTable: Sendable {
    struct Week: Sendable {
        let days: [Day]
    }

    struct Day: Sendable {
        let number: Int
        let label: String
        let link: String
        let isToday: Bool
        let isOtherMonth: Bool
        let activities: [ActivityView]
        /// "Zaprto — Prešernov dan", one a closure of the day.
        let closures: [String]
        let hasActivities: Bool
        /// A day with nothing to say, neither an activity nor a closure; a phone leaves it out.
        let isFree: Bool
    }

    let weeks: [Week]

    /// The weeks from the Monday on or before the first of the month to the Sunday on or after its last day.
    static func span(year: Int, month: Int) -> (first: LocalDate, last: LocalDate) {
        let first = LocalDate(dayNumber: LocalDate.dayNumber(year: year, month: month, day: 1))
        let last = first.adding(days: LocalDate.daysInMonth(year: year, month: month) - 1)
        return (CalendarSelection.monday(of: first), CalendarSelection.monday(of: last).adding(days: 6))
    }

    init(year: Int, month: Int, programme: Programme, today: LocalDate, format: CivilFormat,
         roomNames: [RoomRef: String], dayLink: (LocalDate) -> String) {
        let (first, last) = Self.span(year: year, month: month)
        var weeks: [Week] = []
        var monday = first
        while monday <= last {
            let days = (0..<7).map { offset -> Day in
                let date = monday.adding(days: offset)
                let activities = programme.occurrences(on: date).map { ActivityView($0, format: format, roomNames: roomNames) }
                let closures = programme.closureLines(on: date, format: format)
                return Day(number: date.day, label: format.dayAndDate(date), link: dayLink(date),
                           isToday: date == today, isOtherMonth: date.month != month, activities: activities,
                           closures: closures, hasActivities: !activities.isEmpty, isFree: activities.isEmpty && closures.isEmpty)
            }
            weeks.append(Week(days: days))
            monday = monday.adding(days: 7)
        }
        self.weeks = weeks
    }
}
