import ArgumentParser

/// `prostor`: the KS administrator's command line.
struct Prostor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prostor",
        abstract: "Book the rooms of community halls (krajevne skupnosti) for the activities of local groups.",
        discussion: """
            Data lives in an SQLite database: prostor.sqlite in the current directory, unless --db PATH \
            or the PROSTOR_DB environment variable names another.

            Exit codes: 0 success, 1 invalid input, 2 usage, 3 conflict, 4 not found, 5 busy (another \
            program kept the database locked for longer than PROSTOR_BUSY_SECONDS, 30 by default; nothing \
            was changed, run the command again).

            Start with `prostor demo` to see the whole pipeline on the pilot data of Kranj, or:
              prostor init
              prostor import Fixtures/kranj/kranj.yaml
              prostor venue list
            """,
        version: ProstorVersion.text,
        subcommands: [
            InitCommand.self, ImportCommand.self,
            VenueCommand.self, RoomCommand.self, ClosureCommand.self,
            GroupCommand.self, TermCommand.self, RequestCommand.self, BookingCommand.self,
            ScheduleCommand.self, BookCommand.self, ApproveCommand.self, RejectCommand.self, CancelCommand.self,
            MoveCommand.self, RestoreCommand.self, ConflictsCommand.self, HistoryCommand.self, ReportCommand.self,
            ExportCommand.self, AgendaCommand.self, HolidaysCommand.self, FreeCommand.self, RecurCommand.self, NotifyCommand.self,
            DemoCommand.self, ServeCommand.self, CopyCommand.self,
        ]
    )
}
