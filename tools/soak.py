#!/usr/bin/env python3
"""The soak of issue 14 part 3: what a municipality does, all at once, with writers killed at random.

Usage: tools/soak.py MINUTES [--prostor PATH] [--keep DIR] [--port N]

Runs for MINUTES: `book` (one-off and weekly), `approve`, `reject`, `move`, `cancel` (whole and one
date), `restore`, `schedule` storing plans, `import` of request spreadsheets, groups posting the web
form, readers of pages and feeds, a program holding the database locked now and then, and a killer
that SIGKILLs a running writer (the server too, now and then, which is then started again). Some
writers wait only 1 s for the lock (PROSTOR_BUSY_SECONDS=1), so that giving up happens too.

Then checks, and prints every violation (exit 1 when there is one):
- no two approved occurrences overlap in a room, with the venue's buffer (`prostor conflicts --json`,
  and an independent expansion of the same bookings here);
- every command answered with success and every form post answered 303 left its change: the booking
  or request is there and the history has the entry;
- the history has every change: for each booking, the last entry's `after` is the booking as stored,
  and no (action, booking) has more entries than its successful and killed commands explain;
- a command that gave up with exit 5 said so plainly and changed nothing;
- no page or feed was answered 5xx other than 503, and `PRAGMA integrity_check` is ok.
Standard library only.
"""
import argparse
import collections
import datetime as dt
import http.client
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import zoneinfo

TERM_START = dt.date(2027, 1, 11)
TERM_END = dt.date(2027, 6, 20)
ROOMS = ["golnik/dvorana", "golnik/sejna-soba", "zlato-polje/dvorana"]
BUFFER = {"golnik": 15, "zlato-polje": 0}
GROUPS = [f"skupina-{i}" for i in range(1, 9)]
BUSY_TEXT = "the database is busy"
ZONE = zoneinfo.ZoneInfo("Europe/Ljubljana")

SETUP = """terms:
  - slug: pomlad-2027
    name: Pomlad 2027
    start: 2027-01-11
    end: 2027-06-20
venues:
  - slug: golnik
    name: KS Golnik
    policy:
      buffer_minutes: 15
    rooms:
      - slug: dvorana
        name: Velika dvorana
        capacity: 100
        features: [piano]
        opening_hours: {HOURS}
      - slug: sejna-soba
        name: Sejna soba
        capacity: 20
        opening_hours: {HOURS}
  - slug: zlato-polje
    name: KS Zlato polje
    rooms:
      - slug: dvorana
        name: Dvorana
        capacity: 150
        opening_hours: {HOURS}
groups:
{GROUPS}"""


def setup_text():
    hours = "{" + ", ".join(f'{d}: "07:00-23:00"' for d in
                            ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]) + "}"
    groups = "".join(f"  - slug: {g}\n    name: Skupina {g[-1]}\n    email: {g}@primer.si\n" for g in GROUPS)
    return SETUP.replace("{HOURS}", hours).replace("{GROUPS}", groups)


def weekly_starts(first, rule):
    """The starts of a FREQ=WEEKLY rule (INTERVAL, COUNT, UNTIL, BYDAY), written here apart from Prostor's
    expansion so that the overlap check does not trust it; None for any other rule."""
    parts = dict(part.split("=", 1) for part in rule.split(";"))
    if parts.get("FREQ") != "WEEKLY" or set(parts) - {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "WKST"}:
        return None
    codes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
    days = sorted(codes.index(day) for day in parts["BYDAY"].split(",")) if "BYDAY" in parts else [first.weekday()]
    interval, count = int(parts.get("INTERVAL", "1")), int(parts["COUNT"]) if "COUNT" in parts else None
    until = None
    if "UNTIL" in parts:
        text = parts["UNTIL"]
        if len(text) == 8:
            until = dt.datetime.strptime(text, "%Y%m%d").replace(hour=23, minute=59, second=59)
        else:
            until = dt.datetime.strptime(text.rstrip("Z"), "%Y%m%dT%H%M%S")
            if text.endswith("Z"):
                until = until.replace(tzinfo=dt.timezone.utc).astimezone(ZONE).replace(tzinfo=None)
    monday = first - dt.timedelta(days=first.weekday())
    starts = []
    for week in range(0, 600):
        for day in days:
            start = dt.datetime.combine((monday + dt.timedelta(days=7 * week * interval + day)).date(), first.time())
            if start < first:
                continue
            if until is not None and start > until:
                return starts
            starts.append(start)
            if count is not None and len(starts) >= count:
                return starts
    return starts


class Soak:
    def __init__(self, args):
        self.prostor = args.prostor
        self.directory = args.keep or tempfile.mkdtemp(prefix="prostor-soak-")
        os.makedirs(self.directory, exist_ok=True)
        self.db = os.path.join(self.directory, "soak.sqlite")
        self.port = args.port
        self.deadline = time.time() + args.minutes * 60
        self.lock = threading.Lock()
        self.log = []            # one dict per command or post
        self.running = {}        # pid -> (Popen, kind) of killable writers
        self.kills = collections.Counter()
        self.counter = 0
        self.rng = random.Random(args.seed)
        self.server = None
        self.server_kills = 0
        self.reads = collections.Counter()
        self.violations = []
        self.locks_held = 0

    # --- running things -------------------------------------------------------------------------

    def next_number(self):
        with self.lock:
            self.counter += 1
            return self.counter

    def run(self, kind, args, busy_seconds=None, killable=True, key=None):
        env = dict(os.environ, PROSTOR_DB=self.db, PROSTOR_USER="soak")
        if busy_seconds is not None:
            env["PROSTOR_BUSY_SECONDS"] = str(busy_seconds)
        started = time.time()
        process = subprocess.Popen([self.prostor] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   env=env, cwd=self.directory, text=True)
        if killable:
            with self.lock:
                self.running[process.pid] = (process, kind)
        out, err = process.communicate()
        with self.lock:
            self.running.pop(process.pid, None)
            killed = process.returncode == -signal.SIGKILL
            entry = dict(kind=kind, args=args, rc=process.returncode, out=out, err=err, killed=killed,
                         started=started, ended=time.time(), key=key)
            self.log.append(entry)
        return entry

    def start_server(self):
        env = dict(os.environ, PROSTOR_DB=self.db)
        self.server = subprocess.Popen([self.prostor, "serve", "--port", str(self.port), "--cache-seconds", "1"],
                                       stdout=subprocess.DEVNULL, stderr=open(os.path.join(self.directory, "serve.log"), "a"),
                                       env=env, cwd=self.directory)
        for _ in range(200):
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                connection.request("GET", "/")
                connection.getresponse().read()
                return
            except OSError:
                time.sleep(0.05)
        raise SystemExit("the server did not start")

    # --- what the municipality does ------------------------------------------------------------

    def random_start(self):
        day = TERM_START + dt.timedelta(days=self.rng.randrange((TERM_END - TERM_START).days - 30))
        minutes = self.rng.randrange(8 * 60, 21 * 60, 15)
        return dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60))

    def bookings(self):
        """(id, state, start, recurrence) of the stored bookings, read directly (WAL: never blocks a writer)."""
        try:
            connection = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=5)
            rows = connection.execute("SELECT id, state, start, recurrence FROM booking").fetchall()
            connection.close()
            return rows
        except sqlite3.Error:
            return []

    def book(self):
        n = self.next_number()
        start = self.random_start()
        title = f"Soak {n}"
        args = ["book", "--room", self.rng.choice(ROOMS), "--group", self.rng.choice(GROUPS), "--title", title,
                "--start", start.strftime("%Y-%m-%dT%H:%M"), "--duration", self.rng.choice(["45m", "1h", "90m"])]
        if self.rng.random() < 0.3:
            args += ["--rrule", f"FREQ=WEEKLY;COUNT={self.rng.randint(2, 6)}"]
        self.run("book", args, busy_seconds=self.rng.choice([None, 1]), key=title)

    def change(self):
        rows = self.bookings()
        if not rows:
            return time.sleep(0.2)
        booking, state, start, recurrence = self.rng.choice(rows)
        first = dt.datetime.fromisoformat(start)
        count = 1
        if recurrence and "COUNT=" in recurrence:
            count = int(re.search(r"COUNT=(\d+)", recurrence).group(1))
        date = (first + dt.timedelta(days=7 * self.rng.randrange(max(count, 1)))).date().isoformat()
        action = self.rng.choice(["approve", "approve", "approve", "reject", "move", "cancel", "cancel-date", "restore"])
        ident = str(booking)
        if action == "approve":
            args = ["approve", ident]
        elif action == "reject":
            args = ["reject", ident, "--reason", "soak"]
        elif action == "move":
            to = dt.datetime.combine(dt.date.fromisoformat(date), self.random_start().time())
            args = ["move", ident, "--date", date, "--to", to.strftime("%Y-%m-%dT%H:%M"), "--reason", "soak"]
            if self.rng.random() < 0.3:
                args += ["--room", self.rng.choice(ROOMS)]
        elif action == "cancel":
            args = ["cancel", ident, "--reason", "soak"]
        elif action == "cancel-date":
            args = ["cancel", ident, "--date", date, "--reason", "soak"]
        else:
            args = ["restore", ident, "--date", date, "--reason", "soak"]
        self.run(action, args, busy_seconds=self.rng.choice([None, 1]), key=booking)

    def schedule(self):
        self.run("schedule", ["schedule", "--iterations", "300", "--seed", str(self.rng.randrange(1000))])
        time.sleep(self.rng.uniform(1, 4))

    def import_requests(self):
        n = self.next_number()
        path = os.path.join(self.directory, f"requests-{n}.csv")
        titles = [f"Uvoz {n}-{i}" for i in range(self.rng.randint(1, 3))]
        with open(path, "w", encoding="utf-8") as file:
            file.write("group;term;title;audience;duration;sessions;repeats;days;hours;venues;rooms;features;public;description\n")
            for title in titles:
                day = self.rng.choice(["pon", "tor", "sre", "čet", "pet"])
                file.write(f"{self.rng.choice(GROUPS)};pomlad-2027;{title};12;90m;1;weekly;{day};17:00-21:00;golnik;;;da;\n")
        self.run("import", ["import", os.path.basename(path)], busy_seconds=self.rng.choice([None, 1]), key=titles)
        time.sleep(self.rng.uniform(0.5, 3))

    def post_form(self):
        n = self.next_number()
        title = f"Obrazec {n}"
        started = time.time()
        entry = dict(kind="post", args=[], rc=None, out="", err="", killed=False, started=started, key=title)
        # Every other post is a known group's, from its own page; the rest are new groups on the public
        # form, each with a name and address of its own (the public form refuses a known one).
        path = f"/groups/{self.pages[GROUPS[n % len(GROUPS)]]}/request" if n % 2 else "/request"
        try:
            connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            connection.request("GET", path)
            response = connection.getresponse()
            html = response.read().decode()
            cookie = response.getheader("Set-Cookie", "").split(";")[0]
            token = re.search(r'name="csrf" value="([A-Za-z0-9]+)"', html).group(1)
            fields = [("csrf", token), ("title", title), ("groupName", f"Pobuda {n}"), ("contactName", "Ana"),
                      ("email", f"pobuda{n}@primer.si"), ("kind", "initiative"), ("audience", "12"), ("duration", "90m"),
                      ("sessions", "1"), ("repeats", "weekly"), ("when", "tor 17:00-21:00"), ("term", "pomlad-2027"),
                      ("venue", "golnik"), ("public", "yes")]
            connection.request("POST", path, body=urllib.parse.urlencode(fields),
                               headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
            response = connection.getresponse()
            body = response.read().decode()
            entry["rc"] = response.status
            entry["out"] = body if response.status not in (303, 200) else ""
        except (OSError, http.client.HTTPException, AttributeError) as error:
            entry["rc"] = "no answer"
            entry["err"] = repr(error)
            time.sleep(0.2)  # the server is down (killed, starting again): do not count a thousand refusals
        entry["ended"] = time.time()
        with self.lock:
            self.log.append(entry)

    def read_pages(self):
        week = (TERM_START + dt.timedelta(days=7 * self.rng.randrange(22))).isocalendar()
        path = self.rng.choice([f"/venues/golnik?week={week[0]}-W{week[1]:02d}", "/feeds/all.ics", "/feeds/venues/golnik.ics",
                                "/venues/zlato-polje/month?month=2027-03", "/"])
        try:
            connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            connection.request("GET", path)
            status = connection.getresponse()
            status.read()
            with self.lock:
                self.reads[status.status] += 1
            if status.status >= 500 and status.status != 503:
                self.violations.append(f"GET {path} answered {status.status}")
        except (OSError, http.client.HTTPException):
            with self.lock:
                self.reads["no answer"] += 1
        time.sleep(0.05)

    def hold_lock(self):
        """Another program (a backup, sqlite3) holding the write lock for 1.5–3 s."""
        time.sleep(self.rng.uniform(5, 15))
        try:
            connection = sqlite3.connect(self.db, timeout=30, isolation_level=None)
            connection.execute("BEGIN IMMEDIATE")
            time.sleep(self.rng.uniform(1.5, 3))
            connection.execute("ROLLBACK")
            connection.close()
            self.locks_held += 1
        except sqlite3.Error:
            pass

    def kill_one(self):
        time.sleep(self.rng.uniform(0.2, 1.5))
        with self.lock:
            candidates = list(self.running.values())
        if candidates:
            process, kind = self.rng.choice(candidates)
            try:
                process.send_signal(signal.SIGKILL)
                with self.lock:
                    self.kills[kind] += 1
            except ProcessLookupError:
                pass
        if self.rng.random() < 0.01:
            self.server.send_signal(signal.SIGKILL)
            self.server.wait()
            self.server_kills += 1
            self.start_server()

    # --- the run --------------------------------------------------------------------------------

    def loop(self, work):
        while time.time() < self.deadline:
            try:
                work()
            except Exception as error:  # a bug in the soak itself must not hide as a quiet thread
                self.violations.append(f"soak worker {work.__name__} failed: {error!r}")
                time.sleep(1)

    def go(self):
        with open(os.path.join(self.directory, "setup.yaml"), "w") as file:
            file.write(setup_text())
        for args in (["init"], ["import", "setup.yaml"]):
            entry = self.run("setup", args, killable=False)
            if entry["rc"] != 0:
                raise SystemExit(f"setup failed: {entry['err']}")
        # The groups' own pages: a known group files its requests there, never on the public form.
        self.pages = {}
        for group in GROUPS:
            shown = self.run("setup", ["group", "show", group, "--show-token"], killable=False)
            self.pages[group] = re.search(r"^token:\s+(\S+)", shown["out"], re.M).group(1)
        self.log.clear()
        self.start_server()
        workers = [self.book, self.book, self.change, self.change, self.change, self.schedule, self.import_requests,
                   self.post_form, self.post_form, self.read_pages, self.read_pages, self.hold_lock, self.kill_one]
        threads = [threading.Thread(target=self.loop, args=(work,), daemon=True) for work in workers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.server.send_signal(signal.SIGTERM)
        self.server.wait(timeout=30)
        self.check()
        self.report()
        return 1 if self.violations else 0

    # --- the checks -----------------------------------------------------------------------------

    def check(self):
        connection = sqlite3.connect(self.db, timeout=30)
        integrity = connection.execute("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            self.violations.append(f"integrity_check: {integrity}")
        bookings = {row[0]: row for row in connection.execute(
            "SELECT b.id, b.title, b.state, b.start, b.durationMinutes, b.recurrence, r.slug, v.slug, b.sequence "
            "FROM booking b JOIN room r ON r.id = b.roomId JOIN venue v ON v.id = r.venueId")}
        exceptions = collections.defaultdict(dict)
        for booking, original, change in connection.execute("SELECT bookingId, originalDate, change FROM bookingException"):
            exceptions[booking][original] = json.loads(change)
        history = connection.execute("SELECT id, action, bookingId, \"after\" FROM history ORDER BY id").fetchall()
        requests = {row[0] for row in connection.execute("SELECT title FROM request")}
        connection.close()

        titles = {row[1]: row[0] for row in bookings.values()}
        entries = collections.Counter((action, booking) for _, action, booking, _ in history)
        booked = {booking for _, action, booking, _ in history if action == "booked"}
        action_of = {"approve": "approved", "reject": "rejected", "move": "moved", "cancel": "cancelled",
                     "cancel-date": "occurrence-cancelled", "restore": "restored"}
        explained = collections.Counter()
        for entry in self.log:
            kind, rc = entry["kind"], entry["rc"]
            if kind == "post":
                if rc == 303 and entry["key"] not in requests:
                    self.violations.append(f"form post {entry['key']!r} answered 303 but no request is stored")
                if rc not in (303, 503, "no answer") or (rc == "no answer" and not self.server_died_during(entry)):
                    self.violations.append(f"form post {entry['key']!r} answered {rc}: {entry['out'][:300]} {entry['err']}")
                continue
            if entry["killed"]:
                if kind in action_of:
                    explained[(action_of[kind], entry["key"])] += 1
                continue
            if rc == 5:
                if BUSY_TEXT not in entry["err"] or entry["err"].count("\n") != 1:
                    self.violations.append(f"exit 5 without the plain message: {entry['args']}: {entry['err']!r}")
                if kind == "book" and entry["key"] in titles:
                    self.violations.append(f"book gave up (exit 5) but {entry['key']!r} is stored")
                if kind == "import" and any(title in requests for title in entry["key"]):
                    self.violations.append(f"import gave up (exit 5) but some of {entry['key']} are stored")
                continue
            if rc not in (0, 1, 3, 4):
                self.violations.append(f"{entry['args']} exited {rc}: {entry['err'][:300]!r}")
            if "SQLite error" in entry["err"] or "database is locked" in entry["err"]:
                self.violations.append(f"raw SQLite message: {entry['args']}: {entry['err']!r}")
            if rc != 0:
                continue
            if kind == "book":
                booking = titles.get(entry["key"])
                if booking is None:
                    self.violations.append(f"book succeeded but {entry['key']!r} is not stored")
                elif booking not in booked:
                    self.violations.append(f"booking {booking} ({entry['key']}) has no 'booked' history entry")
            elif kind == "import":
                for title in entry["key"]:
                    if title not in requests:
                        self.violations.append(f"import succeeded but request {title!r} is not stored")
            elif kind in action_of:
                explained[(action_of[kind], entry["key"])] += 1
        for key, count in entries.items():
            action, booking = key
            if action in action_of.values() and count > explained[key]:
                self.violations.append(f"{count} '{action}' history entries for booking {booking}, "
                                       f"but only {explained[key]} commands that could have written them")
        # A command that failed changed nothing: whatever carries its unique title came from a success or a kill.
        allowed = {"book": set(), "import": set(), "post": set()}
        for entry in self.log:
            if entry["kind"] == "book" and (entry["rc"] == 0 or entry["killed"]):
                allowed["book"].add(entry["key"])
            elif entry["kind"] == "import" and (entry["rc"] == 0 or entry["killed"]):
                allowed["import"].update(entry["key"])
            elif entry["kind"] == "post" and entry["rc"] in (303, "no answer"):
                allowed["post"].add(entry["key"])
        for title in titles:
            if title.startswith("Soak ") and title not in allowed["book"]:
                self.violations.append(f"booking {title!r} is stored, but its `book` failed")
        for title in requests:
            if title.startswith("Uvoz ") and title not in allowed["import"]:
                self.violations.append(f"request {title!r} is stored, but its import failed")
            if title.startswith("Obrazec ") and title not in allowed["post"]:
                self.violations.append(f"request {title!r} is stored, but its form post was refused")
        for entry in self.log:
            if entry["kind"] in action_of and entry["rc"] == 0 and not entry["killed"]:
                key = (action_of[entry["kind"]], entry["key"])
                if entries[key] == 0:
                    self.violations.append(f"{entry['args']} succeeded but the history has no '{key[0]}' entry for it")
        self.check_last_snapshots(bookings, exceptions, history)
        self.check_overlaps(bookings, exceptions)

    def server_died_during(self, entry):
        return self.server_kills > 0

    def check_last_snapshots(self, bookings, exceptions, history):
        last = {}
        for _, action, booking, after in history:
            if booking is not None:
                last[booking] = after
        for booking, row in bookings.items():
            if booking not in last:
                self.violations.append(f"booking {booking} has no history")
                continue
            after = json.loads(last[booking]) if last[booking] else None
            shown = (after or {}).get("booking")
            if shown is None:
                self.violations.append(f"booking {booking}: the last history entry has no 'after' booking")
                continue
            if shown.get("state") != row[2]:
                self.violations.append(f"booking {booking} is {row[2]} but its last history entry says {shown.get('state')}")
            if len(shown.get("exceptions", {})) != len(exceptions[booking]):
                self.violations.append(f"booking {booking} has {len(exceptions[booking])} changed dates, "
                                       f"its last history entry {len(shown.get('exceptions', {}))}")

    def occurrences(self, row, changes):
        """The dates an approved booking takes place: its start, weekly COUNT times, minus cancelled, moved as moved."""
        booking, _, _, start, minutes, recurrence, room, venue, _ = row
        first = dt.datetime.fromisoformat(start)
        starts = [first] if recurrence is None else weekly_starts(first, recurrence)
        if starts is None:
            return None
        result = []
        for begin in starts:
            change = changes.get(begin.date().isoformat())
            where = f"{venue}/{room}"
            if change is not None:
                text = json.dumps(change)
                if "cancel" in text:
                    continue
                moved = change.get("moved") or change
                if "start" in moved:
                    begin = dt.datetime.fromisoformat(moved["start"])
                if moved.get("room"):
                    where = moved["room"] if isinstance(moved["room"], str) else f"{moved['room']['venue']}/{moved['room']['room']}"
            result.append((where, begin, begin + dt.timedelta(minutes=minutes), booking))
        return result

    def check_overlaps(self, bookings, exceptions):
        run = self.run("check", ["conflicts", "--json"], killable=False)
        conflicts = json.loads(run["out"])["conflicts"] if run["out"] else []
        for conflict in conflicts:
            if conflict["kind"] == "overlap" and all(side["state"] == "approved" for side in conflict["bookings"]):
                self.violations.append(f"prostor conflicts: approved bookings overlap: {conflict}")
        by_room = collections.defaultdict(list)
        self.unexpanded = 0
        for booking, row in bookings.items():
            if row[2] != "approved":
                continue
            occurrences = self.occurrences(row, exceptions[booking])
            if occurrences is None:
                self.unexpanded += 1
                continue
            for where, begin, end, ident in occurrences:
                by_room[where].append((begin, end, ident))
        self.approved_occurrences = sum(len(v) for v in by_room.values())
        for where, spans in by_room.items():
            buffer = dt.timedelta(minutes=BUFFER[where.split("/")[0]])
            spans.sort()
            for (b1, e1, i1), (b2, e2, i2) in zip(spans, spans[1:]):
                if b2 < e1 + buffer:
                    self.violations.append(f"approved bookings {i1} and {i2} overlap in {where} "
                                           f"({b1}–{e1} and {b2}–{e2}, buffer {buffer})")

    def report(self):
        outcomes = collections.Counter()
        for entry in self.log:
            outcome = "killed" if entry["killed"] else str(entry["rc"])
            outcomes[(entry["kind"], outcome)] += 1
        commands = sum(1 for entry in self.log if entry["kind"] not in ("post", "check"))
        posts = sum(1 for entry in self.log if entry["kind"] == "post")
        print(f"soak: {self.directory}")
        print(f"commands run: {commands}; kills: {sum(self.kills.values())} ({dict(self.kills)}); "
              f"server kills: {self.server_kills}; form posts: {posts}; page and feed reads: {dict(self.reads)}; "
              f"lock holds: {self.locks_held}")
        for (kind, outcome), count in sorted(outcomes.items()):
            print(f"  {kind:12} {outcome:10} {count}")
        unanswered = collections.Counter(entry["err"] for entry in self.log if entry["rc"] == "no answer")
        for error, count in unanswered.most_common(5):
            print(f"  post unanswered {count}×: {error}")
        print(f"approved occurrences checked: {getattr(self, 'approved_occurrences', 0)}; "
              f"approved bookings with rules not expanded here: {getattr(self, 'unexpanded', 0)}")
        print(f"violations: {len(self.violations)}")
        for violation in self.violations[:50]:
            print(f"  VIOLATION {violation}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("minutes", type=float)
    parser.add_argument("--prostor", default=".build/debug/prostor")
    parser.add_argument("--keep", help="the directory for the database and logs (a fresh one by default)")
    parser.add_argument("--port", type=int, default=18734)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()
    args.prostor = os.path.abspath(args.prostor)
    sys.exit(Soak(args).go())


if __name__ == "__main__":
    main()
