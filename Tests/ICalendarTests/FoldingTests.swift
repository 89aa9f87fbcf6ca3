import ICalendar
import Testing

@Suite("RFC 5545 §3.1 content lines: folding at 75 octets")
struct FoldingTests {
    /// Writes a SUMMARY, checks every physical line, and returns the lines of the SUMMARY.
    func writtenSummary(_ text: String) throws -> [[UInt8]] {
        let written = try ICalendarWriter.write(document(with: [Property(name: "SUMMARY", text: text)]))
        let lines = physicalLines(written)
        for line in lines {
            #expect(line.count <= 75, "a physical line has \(line.count) octets")
            #expect(String(validating: line, as: UTF8.self) != nil, "a fold split a UTF-8 sequence")
        }
        guard let start = lines.firstIndex(where: { $0.starts(with: Array("SUMMARY:".utf8)) }) else { return [] }
        var end = start + 1
        while end < lines.count && lines[end].first == 0x20 { end += 1 }
        let summary = Array(lines[start..<end])
        let unfolded = summary.enumerated().flatMap { $0.offset == 0 ? $0.element : Array($0.element.dropFirst()) }
        #expect(String(decoding: unfolded, as: UTF8.self) == "SUMMARY:" + text)
        #expect(try ICalendarReader().read(written).components[0].summary == text)
        return summary
    }

    @Test func lineOf75OctetsIsNotFolded() throws {
        let lines = try writtenSummary(String(repeating: "a", count: 75 - 8))
        #expect(lines.count == 1)
        #expect(lines[0].count == 75)
    }

    @Test func line76OctetsLongFoldsIntoTwoWithALeadingSpace() throws {
        let lines = try writtenSummary(String(repeating: "a", count: 76 - 8))
        #expect(lines.map(\.count) == [75, 2])
        #expect(lines[1] == Array(" a".utf8))
    }

    @Test func continuationLinesCountTheirSpaceWithinTheir75Octets() throws {
        let lines = try writtenSummary(String(repeating: "x", count: 300))
        #expect(lines.map(\.count) == [75, 75, 75, 75, 12])
    }

    @Test(arguments: ["š", "č", "ž"])
    func twoByteLetterAtTheBoundaryMovesWholeToTheNextLine(letter: String) throws {
        // "SUMMARY:" is 8 octets; 66 more put the letter's two octets at 75 and 76.
        let lines = try writtenSummary(String(repeating: "a", count: 66) + letter + "b")
        #expect(lines.map(\.count) == [74, 4])
        #expect(lines[1] == Array((" " + letter + "b").utf8))
    }

    @Test(arguments: 60...80)
    func twoByteLettersAtEveryOffsetNeverSplit(prefix: Int) throws {
        _ = try writtenSummary(String(repeating: "a", count: prefix) + String(repeating: "šČž", count: 40))
    }

    @Test(arguments: 63...67)
    func fourByteEmojiAtTheBoundaryIsNeverSplit(prefix: Int) throws {
        let lines = try writtenSummary(String(repeating: "a", count: prefix) + "🎻" + "konec")
        // The emoji fits on the first line only when all four octets do (8 + prefix + 4 <= 75).
        let firstLineHasEmoji = 8 + prefix + 4 <= 75
        #expect(lines[0].count == (firstLineHasEmoji ? 75 : 8 + prefix))
        #expect(String(decoding: lines[1], as: UTF8.self).hasPrefix(firstLineHasEmoji ? " konec" : " 🎻"))
    }

    @Test func emojiAtTheBoundaryOfAContinuationLine() throws {
        // The second physical line holds a space and 74 octets: octets 75…148 of the content line.
        let lines = try writtenSummary(String(repeating: "a", count: 75 - 8 + 72) + "🎻🎻")
        #expect(lines.map(\.count) == [75, 73, 9])
        #expect(lines[2] == Array(" 🎻🎻".utf8))
    }

    @Test func readerUnfoldsTabContinuationsAndBareLineFeeds() throws {
        let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Vaje pevs\n\tkega \n  zbora\nEND:VEVENT\nEND:VCALENDAR\n"
        let read = try ICalendarReader().read(text)
        #expect(read.components[0].summary == "Vaje pevskega  zbora")
    }

    @Test func readerSkipsBlankLinesAndAByteOrderMark() throws {
        let text = "\u{FEFF}BEGIN:VCALENDAR\r\n\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n\r\n"
        #expect(try ICalendarReader().read(text).property("VERSION")?.text == "2.0")
    }
}
