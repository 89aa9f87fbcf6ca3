import Bookings

extension RequestForm {
    /// The form as a link fills it in: the free-times page links here with the venue, the room, the
    /// weekly window (`when`), the length and how it repeats (or the date); a group's page links an
    /// alternative the scheduler found with the request's title, size, length and features too. Any
    /// field the form has may be given, the rest keep their defaults; nothing is saved until the group
    /// sends the form.
    init(prefill query: String?) {
        self.init()
        let fields = FormFields(urlEncoded: query ?? "")
        for name in Self.fieldNames where !fields[name].isEmpty { values[name] = fields[name] }
        features = Set(fields.all("features").map { Slug(folding: $0).value }.filter { !$0.isEmpty })
    }
}
