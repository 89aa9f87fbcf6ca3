import Bookings
import CivilTime

/// The public "Raba prostorov" page of a venue (or one of its rooms): the share of open hours used
/// over the term and per week, the groups and activities served, and a heat map of the week drawn as
/// inline SVG with the number in every cell, followed by the same numbers as a table.
struct UsagePage: Sendable {
    struct RoomRow: Sendable {
        let name: String
        let link: String
        let openHours: String
        let bookedHours: String
        let share: String
        let groups: Int
        let activities: Int
    }

    struct WeekRow: Sendable {
        let week: String
        let shares: [String]
    }

    struct Cell: Sendable {
        let x: Int
        let y: Int
        let textX: Int
        let textY: Int
        let fill: String
        let ink: String
        let value: Int
    }

    struct HeatRow: Sendable {
        let hour: String
        let values: [Int]
    }

    struct PlanRow: Sendable {
        let label: String
        let stored: String
        let firstFit: String
        let isPart: Bool
    }

    struct Label: Sendable {
        let x: Int
        let y: Int
        let text: String
    }

    let page: PageFrame
    let o: OpenTexts
    let venueName: String
    let venueLink: String
    let freeLink: String
    let usageLink: String
    let title: String
    let heading: String
    let summary: String
    let rooms: [RoomRow]
    let roomNames: [String]
    let weeks: [WeekRow]
    let hasHeatMap: Bool
    let svgWidth: Int
    let svgHeight: Int
    let cells: [Cell]
    let dayLabels: [Label]
    let hourLabels: [Label]
    let heatDays: [String]
    let heatRows: [HeatRow]
    let heatCaption: String
    let legend: String
    let planRows: [PlanRow]
    let hasPlan: Bool

    static let cellWidth = 44, cellHeight = 26, labelWidth = 52, headerHeight = 24
    /// Light to dark; the ink beside each keeps WCAG 2.1 AA contrast (at least 4.5:1) for the number.
    static let shades: [(fill: String, ink: String)] = [
        ("#ffffff", "#1a1a1a"), ("#deebf7", "#1a1a1a"), ("#9ecae1", "#1a1a1a"), ("#2b6cb0", "#ffffff"), ("#12325e", "#ffffff"),
    ]

    init(venue: Venue, room: Room?, term: Term, report: UsageReport, heatMap: UsageHeatMap, rooms: [Room],
         plan: PlanComparison?, language: Language) {
        let texts = language.texts, open = language.openTexts
        let format = CivilFormat(language: language)
        let path = "/venues/\(venue.slug)/usage"
        let named = room?.name ?? venue.name
        title = "\(open.usage) · \(named)"
        page = PageFrame(title: title, language: language, path: path, parameters: room.map { [("room", $0.slug.value)] } ?? [])
        o = open
        venueName = venue.name
        venueLink = Link.to("/venues/\(venue.slug)", language: language)
        freeLink = Link.to("/venues/\(venue.slug)/free", language: language)
        usageLink = Link.to(path, language: language)
        heading = "\(term.name), \(format.range(report.from, report.through))"
        let totals = report.totals
        let open_ = totals.reduce(0) { $0 + $1.openMinutes }, booked = totals.reduce(0) { $0 + $1.bookedMinutes }
        let share = Self.percent(open_ == 0 ? 0 : Double(booked) / Double(open_), language: language)
        summary = language == .sl
            ? "\(named): zasedenih \(share) odprtih ur (\(Self.hours(booked, language)) od \(Self.hours(open_, language)) ur); \(heatMap.groups) skupin, \(heatMap.activities) dejavnosti."
            : "\(named): \(share) of the open hours used (\(Self.hours(booked, language)) of \(Self.hours(open_, language)) hours); \(heatMap.groups) groups, \(heatMap.activities) activities."
        self.rooms = totals.map { row in
            let name = rooms.first { $0.ref == row.room }?.name ?? row.room.room.value
            return RoomRow(name: name, link: Link.to(path, [("room", row.room.room.value)], language: language),
                           openHours: Self.hours(row.openMinutes, language), bookedHours: Self.hours(row.bookedMinutes, language),
                           share: Self.percent(row.share, language: language), groups: row.groups, activities: row.activities)
        }
        roomNames = totals.map { row in rooms.first { $0.ref == row.room }?.name ?? row.room.room.value }
        var weekLabels: [String] = []
        for row in report.rows { if let week = row.week, !weekLabels.contains(week) { weekLabels.append(week) } }
        weeks = weekLabels.map { week in
            WeekRow(week: week, shares: totals.map { total in
                report.rows.first { $0.room == total.room && $0.week == week }.map { $0.openMinutes == 0 ? "–" : Self.percent($0.share, language: language) } ?? "–"
            })
        }
        // The heat map: days as columns, the hours any room is open as rows.
        let first = heatMap.firstHour ?? 0, last = heatMap.lastHour ?? -1
        let hours = first <= last ? Array(first...last) : []
        hasHeatMap = !hours.isEmpty && heatMap.possible > 0
        svgWidth = Self.labelWidth + 7 * Self.cellWidth
        svgHeight = Self.headerHeight + hours.count * Self.cellHeight
        var cells: [Cell] = []
        for (row, hour) in hours.enumerated() {
            for day in 0..<7 {
                let value = heatMap.taken[day][hour]
                let level = value == 0 ? 0 : min(4, 1 + (value * 4 - 1) / max(1, heatMap.possible))
                let x = Self.labelWidth + day * Self.cellWidth, y = Self.headerHeight + row * Self.cellHeight
                cells.append(Cell(x: x, y: y, textX: x + Self.cellWidth / 2, textY: y + Self.cellHeight / 2 + 5,
                                  fill: Self.shades[level].fill, ink: Self.shades[level].ink, value: value))
            }
        }
        self.cells = cells
        dayLabels = (0..<7).map { Label(x: Self.labelWidth + $0 * Self.cellWidth + Self.cellWidth / 2, y: 17, text: texts.weekdaysShort[$0]) }
        hourLabels = hours.enumerated().map { row, hour in
            Label(x: Self.labelWidth - 6, y: Self.headerHeight + row * Self.cellHeight + Self.cellHeight / 2 + 5,
                  text: format.time(minuteOfDay: hour * 60))
        }
        heatDays = texts.weekdaysShort
        heatRows = hours.map { hour in HeatRow(hour: format.time(minuteOfDay: hour * 60), values: (0..<7).map { heatMap.taken[$0][hour] }) }
        heatCaption = "\(open.heatMap): \(named)"
        legend = language == .sl
            ? "Največ mogoče v celici: \(heatMap.possible) (sobe × tedni)."
            : "The most a cell can hold: \(heatMap.possible) (rooms × weeks)."
        planRows = plan.map { Self.rows(of: $0, language: language) } ?? []
        hasPlan = plan != nil
    }

    /// The plan's figures beside first come, first fit, in the reader's language; no group is named.
    static func rows(of plan: PlanComparison, language: Language) -> [PlanRow] {
        let open = language.openTexts, sl = language == .sl
        let a = plan.stored, b = plan.firstFit
        var rows: [PlanRow] = []
        rows.append(PlanRow(label: open.asked, stored: String(a.requestsAsked), firstFit: String(b.requestsAsked), isPart: false))
        rows.append(PlanRow(label: open.placed, stored: String(a.requestsPlaced), firstFit: String(b.requestsPlaced), isPart: false))
        rows.append(PlanRow(label: open.notPlaced, stored: String(a.requestsNotPlaced), firstFit: String(b.requestsNotPlaced), isPart: false))
        var rules: [String] = []
        for reason in a.reasons + b.reasons where !rules.contains(reason.rule) { rules.append(reason.rule) }
        for rule in rules {
            rows.append(PlanRow(label: PlainReason.reason(rule, in: sl ? .sl : .en),
                                stored: String(a.reasons.first { $0.rule == rule }?.requests ?? 0),
                                firstFit: String(b.reasons.first { $0.rule == rule }?.requests ?? 0), isPart: true))
        }
        func hours(_ value: Double) -> String { Self.hours(Int((value * 60).rounded()), language) }
        rows.append(PlanRow(label: open.hoursPlaced, stored: hours(a.hoursPlaced), firstFit: hours(b.hoursPlaced), isPart: false))
        for kind in Set(a.hoursByKind.keys).union(b.hoursByKind.keys).sorted() {
            rows.append(PlanRow(label: open.kindNames[kind] ?? kind, stored: hours(a.hoursByKind[kind] ?? 0),
                                firstFit: hours(b.hoursByKind[kind] ?? 0), isPart: true))
        }
        func worst(_ figures: PlanFigures) -> String {
            guard let share = figures.worstShare else { return "–" }
            let kind = figures.worstKind ?? ""
            return "\(percent(share, language: language)) (\(open.kindNames[kind] ?? kind))"
        }
        rows.append(PlanRow(label: open.worstShare, stored: worst(a), firstFit: worst(b), isPart: false))
        rows.append(PlanRow(label: open.meanShare, stored: a.meanShare.map { percent($0, language: language) } ?? "–",
                            firstFit: b.meanShare.map { percent($0, language: language) } ?? "–", isPart: false))
        func tenths(_ value: Double) -> String {
            let number = Int((value * 10).rounded())
            return "\(number / 10)\(sl ? "," : ".")\(number % 10)"
        }
        rows.append(PlanRow(label: open.blocks, stored: tenths(a.blocksPerWeek), firstFit: tenths(b.blocksPerWeek), isPart: false))
        return rows
    }

    static func hours(_ minutes: Int, _ language: Language) -> String {
        let tenths = (minutes * 10 + 30) / 60
        return "\(tenths / 10)\(language == .sl ? "," : ".")\(tenths % 10)"
    }

    static func percent(_ value: Double, language: Language) -> String {
        let number = Int((value * 100).rounded())
        return language == .sl ? "\(number) %" : "\(number)%"
    }
}
