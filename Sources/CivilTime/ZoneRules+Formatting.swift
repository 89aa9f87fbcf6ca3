extension LocalDateTime {
    /// RFC 3339 text with seconds and the given offset east of UTC: "2027-03-30T18:00:00+02:00".
    public func rfc3339(offsetSeconds offset: Int) -> String {
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        let clock = "\(pad(time.hour, 2)):\(pad(time.minute, 2)):\(pad(time.second, 2))"
        return "\(date)T\(clock)\(sign)\(pad(minutes / 60, 2)):\(pad(minutes % 60, 2))"
    }
}

extension ZoneRules {
    /// RFC 3339 text of a civil date-time in this zone, resolved as `utcSeconds(for:)` does:
    /// `rules.rfc3339(local)` gives "2027-03-30T18:00:00+02:00" (a time in a gap shows the moved time).
    public func rfc3339(_ local: LocalDateTime) -> String {
        rfc3339(utc: utcSeconds(for: local))
    }

    /// RFC 3339 text, with this zone's offset, of a UTC instant.
    public func rfc3339(utc seconds: Int64) -> String {
        let offset = offsetSeconds(atUTC: seconds)
        return LocalDateTime(secondsSinceEpoch: seconds + Int64(offset)).rfc3339(offsetSeconds: offset)
    }
}
