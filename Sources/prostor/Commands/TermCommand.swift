import ArgumentParser
import Bookings
import CivilTime

struct TermCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "term",
        abstract: "Add, list, show, edit and remove terms: the periods for which groups ask and the scheduler plans.",
        subcommands: [Add.self, List.self, Show.self, Edit.self, Remove.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a term.",
            discussion: """
                Example:
                  prostor term add "Pomlad 2027" --slug spomlad-2027 \\
                    --start 2027-01-11 --end 2027-06-20
                """
        )

        @Argument(help: "The term's name.") var name: String
        @Option(help: "The term's slug; made from the name when omitted.") var slug: String?
        @Option(help: ArgumentHelp("The first day.", valueName: "date")) var start: String
        @Option(help: ArgumentHelp("The last day (inclusive).", valueName: "date")) var end: String
        @OptionGroup var store: StoreOptions

        func run() throws {
            let record = "term \"\(name)\""
            let term = try Term(slug: slug.map { text throws(InvalidValue) in try parseSlug(text, record: record, field: "slug") },
                                name: name, firstDay: parseDate(start, record: record, field: "start"),
                                lastDay: parseDate(end, record: record, field: "end"))
            try store.open().write { writer in
                if try writer.term(term.slug) != nil { throw StoreConflict("term \(term.slug) already exists") }
                try writer.save(term)
            }
            say("Added term \(term.slug).")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the terms.", discussion: "Example:\n  prostor term list --json")

        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let terms = try store.open().read { reader in try reader.terms() }
            if output.json { return try printJSON(terms.map(TermOutput.init)) }
            var table = Table("TERM", "NAME", "START", "END", "WEEKS")
            for term in terms {
                table.add(term.slug.value, term.name, term.firstDay.description, term.lastDay.description, String(term.weekCount))
            }
            table.print(emptyMessage: "No terms yet: add one with `prostor term add` or `prostor import`.")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a term.", discussion: "Example:\n  prostor term show spomlad-2027")

        @Argument(help: "The term's slug.") var term: String
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let term = try store.open().read { reader in try References(reader).term(Slug(folding: self.term)) }
            if output.json { return try printJSON(TermOutput(term)) }
            say("\(term.name) (\(term.slug))")
            say("start: \(term.firstDay)")
            say("end:   \(term.lastDay)")
            say("weeks: \(term.weekCount)")
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a term's name or days.",
            discussion: "Example:\n  prostor term edit spomlad-2027 --end 2027-06-24"
        )

        @Argument(help: "The term's slug.") var term: String
        @Option(help: "A new name (the slug stays).") var name: String?
        @Option(help: ArgumentHelp("A new first day.", valueName: "date")) var start: String?
        @Option(help: ArgumentHelp("A new last day.", valueName: "date")) var end: String?
        @OptionGroup var store: StoreOptions

        func run() throws {
            try store.open().write { writer in
                let old = try References(writer).term(Slug(folding: term))
                let record = "term \"\(name ?? old.name)\""
                let first = try start.map { text throws(InvalidValue) in try parseDate(text, record: record, field: "start") }
                let last = try end.map { text throws(InvalidValue) in try parseDate(text, record: record, field: "end") }
                try writer.save(Term(slug: old.slug, name: name ?? old.name, firstDay: first ?? old.firstDay, lastDay: last ?? old.lastDay))
            }
            say("Updated term \(Slug(folding: term)).")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a term that has no requests.",
            discussion: "Example:\n  prostor term remove spomlad-2027"
        )

        @Argument(help: "The term's slug.") var term: String
        @OptionGroup var store: StoreOptions

        func run() throws {
            try store.open().write { writer in
                let term = try References(writer).term(Slug(folding: term))
                try writer.removeTerm(term.slug)
            }
            say("Removed term \(Slug(folding: term)).")
        }
    }
}

/// A term as `term list --json` and `term show --json` print it.
struct TermOutput: Encodable {
    let slug: Slug
    let name: String
    let start: LocalDate
    let end: LocalDate
    let weeks: Int

    init(_ term: Term) {
        slug = term.slug
        name = term.name
        start = term.firstDay
        end = term.lastDay
        weeks = term.weekCount
    }
}
