#!/usr/bin/env python3
"""Expands every feed `prostor demo --out` wrote with an independent recurrence engine (Python's
icalendar + recurring-ical-events) and compares each with `prostor agenda --json` for the same scope.

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install icalendar recurring-ical-events
    swift build && mkdir -p /tmp/xc && cd /tmp/xc
    /path/to/.build/debug/prostor demo --db demo.sqlite --out feeds
    /tmp/venv/bin/python /path/to/tools/crosscheck-feeds.py /path/to/.build/debug/prostor

Prints one line per feed that differs, then the totals; exits 1 if any differs.
"""
import datetime
import json
import pathlib
import subprocess
import sys

import icalendar
import recurring_ical_events

PROSTOR = sys.argv[1] if len(sys.argv) > 1 else "prostor"
FROM, TO = datetime.date(2026, 1, 1), datetime.date(2030, 1, 1)


def agenda_arguments(relative):
    kind, *rest = relative.parts
    if kind == "rooms":
        return ["--room", f"{rest[0]}/{rest[1]}"]
    if kind == "venues":
        return ["--venue", rest[0]]
    if kind == "groups":
        return ["--group", rest[0]]
    return ["--all"]


def main():
    feeds = sorted(pathlib.Path("feeds").rglob("*.ics"))
    entries = differing = 0
    for path in feeds:
        relative = path.relative_to("feeds").with_suffix("")
        command = [PROSTOR, "agenda", *agenda_arguments(relative), "--db", "demo.sqlite", "--json",
                   "--from", FROM.isoformat(), "--to", (TO - datetime.timedelta(days=1)).isoformat()]
        agenda = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
        ours = sorted((entry["start"], entry["end"]) for entry in agenda)
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        events = recurring_ical_events.of(calendar).between(FROM, TO)
        theirs = sorted((event["DTSTART"].dt.isoformat(), event["DTEND"].dt.isoformat()) for event in events)
        entries += len(ours)
        if ours != theirs:
            differing += 1
            print("differs:", relative, sorted(set(ours) ^ set(theirs))[:5])
    print(f"{len(feeds)} feeds, {entries} agenda entries, {differing} differing")
    sys.exit(1 if differing else 0)


main()
