import Bookings

/// What every record a file reader accepts must satisfy, whatever the file said: the bounds of
/// docs/setup-file.md (people, durations, sessions, text lengths). A record past them would reach the
/// scheduler or the store, which rely on them.
public func checkBounds(of setup: Setup, file: String) {
    for located in setup.rooms {
        let room = located.value
        expect((1...10_000).contains(room.capacity), "\(located.location): room capacity \(room.capacity) accepted")
        expect(room.name.count <= 200, "\(located.location): a room name of \(room.name.count) characters accepted")
        expect(located.location.file == file, "\(located.location): another file named")
    }
    for located in setup.requests {
        let request = located.value
        expect((1...10_000).contains(request.audience), "\(located.location): audience \(request.audience) accepted")
        expect((1...24 * 60).contains(request.durationMinutes), "\(located.location): duration \(request.durationMinutes) accepted")
        expect((1...7).contains(request.sessionsPerWeek), "\(located.location): \(request.sessionsPerWeek) sessions accepted")
        expect(request.title.count <= 200, "\(located.location): a title of \(request.title.count) characters accepted")
        expect(!request.windows.isEmpty, "\(located.location): a request without times accepted")
        expect(located.location.file == file, "\(located.location): another file named")
    }
    for located in setup.bookings {
        expect((1...24 * 60).contains(located.value.durationMinutes),
               "\(located.location): booking duration \(located.value.durationMinutes) accepted")
    }
    for located in setup.closures {
        expect(located.value.firstDay <= located.value.lastDay, "\(located.location): a closure ending before it starts")
    }
}

/// A refusal must say where: `FILE:LINE: …`, as every import error does.
public func checkNamesPlace(_ error: any Error, file: String) {
    let message = String(describing: error)
    expect(message.hasPrefix("\(file):"), "an error that does not name the file and line: \(message)")
    let line = message.dropFirst(file.count + 1).prefix { $0.isNumber }
    expect(Int(line).map { $0 >= 1 } ?? false, "an error without a line number: \(message)")
}
