#!/usr/bin/env python3
"""The server under load and abuse (issue 14 part 4), against a real `prostor serve` on 127.0.0.1.

Usage: tools/load.py --prostor PATH --db DB [--port N] [--short]

Phases, each with a probe that opens a fresh connection and reads a venue's week page every 0.2 s
(the "others" who must keep being answered within a second):
  wrk       1,000 connections with wrk on a week page (20 s; 5 s with --short)
  slowloris 300 clients sending a request head a byte a second
  body      200 clients whose body never ends: 100 trickle a byte a second, 100 stop after a few bytes
  idle      200 connections that send nothing
  weeks     10,000 distinct week addresses (1,000 with --short), through 4 keep-alive connections
  sigterm   SIGTERM while a form post waits for a database another program holds, and a body trickles
It samples the server's RSS every 0.25 s, prints every figure and exits 1 when a limit is broken:
a probe slower than 1 s or unanswered, a slow or idle connection open longer than its limit plus 3 s,
RSS above 400 MB, or a stop after SIGTERM slower than the grace period plus 3 s. Standard library only.
"""
import argparse
import http.client
import os
import re
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time

IDLE_SECONDS = 10      # WebServer.Options.idleSeconds
READ_SECONDS = 10      # WebServer.Options.requestReadSeconds
GRACE_SECONDS = 5      # WebServer.Options.shutdownGraceSeconds
RSS_LIMIT_MB = 400
PAGE = "/venues/golnik?week=2027-W10"


class Server:
    def __init__(self, prostor, db, port):
        self.port = port
        self.process = subprocess.Popen([prostor, "serve", "--db", db, "--port", str(port)],
                                        stdout=subprocess.DEVNULL, stderr=open(db + ".serve.log", "w"))
        self.peak_rss = 0
        self.samples = []
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                get(port, "/", timeout=2)
                break
            except OSError:
                time.sleep(0.1)
        threading.Thread(target=self.sample, daemon=True).start()

    def rss_mb(self):
        try:
            with open(f"/proc/{self.process.pid}/status") as status:
                return int(re.search(r"VmRSS:\s+(\d+)", status.read()).group(1)) / 1024
        except (OSError, AttributeError):
            return 0

    def sample(self):
        while self.process.poll() is None:
            rss = self.rss_mb()
            self.peak_rss = max(self.peak_rss, rss)
            self.samples.append((time.time(), rss))
            time.sleep(0.25)


def get(port, path, timeout=5):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    connection.request("GET", path)
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.status


class Probe:
    """Reads a page every 0.2 s on a fresh connection and keeps the latencies."""

    def __init__(self, port):
        self.port, self.latencies, self.failures, self.running = port, [], [], True
        self.thread = threading.Thread(target=self.loop, daemon=True)
        self.thread.start()

    def loop(self):
        while self.running:
            started = time.time()
            try:
                status = get(self.port, PAGE, timeout=5)
                if status != 200:
                    self.failures.append(f"status {status}")
            except OSError as error:
                self.failures.append(repr(error))
            self.latencies.append(time.time() - started)
            time.sleep(0.2)

    def stop(self):
        self.running = False
        self.thread.join()
        ordered = sorted(self.latencies)
        return dict(probes=len(ordered), median_ms=round(statistics.median(ordered) * 1000, 1) if ordered else None,
                    max_ms=round(ordered[-1] * 1000, 1) if ordered else None, failures=self.failures[:5],
                    failed=len(self.failures))


def slow_clients(port, count, opening, trickle, stop_after=None, limit=60):
    """Opens `count` connections, sends `opening`, then one byte of `trickle` a second (or nothing once
    `stop_after` bytes are sent); returns how long each stayed open before the server closed it."""
    sockets = []
    for _ in range(count):
        client = socket.create_connection(("127.0.0.1", port))
        client.setblocking(False)
        if opening:
            client.send(opening)
        sockets.append([client, time.time(), None, 0])
    started = time.time()
    while time.time() - started < limit and any(entry[2] is None for entry in sockets):
        for entry in sockets:
            client, opened, closed, sent = entry
            if closed is not None:
                continue
            try:
                data = client.recv(65536)
                if data == b"":
                    entry[2] = time.time() - opened
                    continue
            except BlockingIOError:
                pass
            except OSError:
                entry[2] = time.time() - opened
                continue
            if trickle and (stop_after is None or sent < stop_after):
                try:
                    client.send(trickle[sent % len(trickle):sent % len(trickle) + 1])
                    entry[3] += 1
                except OSError:
                    entry[2] = time.time() - opened
        time.sleep(1)
    open_at_end = sum(1 for entry in sockets if entry[2] is None)
    for entry in sockets:
        entry[0].close()
    times = sorted(entry[2] for entry in sockets if entry[2] is not None)
    return dict(clients=count, still_open=open_at_end, closed_after_s_min=round(times[0], 1) if times else None,
                closed_after_s_max=round(times[-1], 1) if times else None)


def weeks(count):
    result = []
    for year in range(1970, 2200):
        for week in range(1, 53):
            result.append(f"/venues/golnik?week={year}-W{week:02d}")
    return result[:count]


def fetch_all(port, paths, connections=4):
    failures = []

    def worker(part):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for path in part:
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    failures.append((path, response.status))
            except (OSError, http.client.HTTPException):
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                failures.append((path, "no answer"))
    threads = [threading.Thread(target=worker, args=(paths[i::connections],)) for i in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return failures


def phase(name, server, work):
    probe = Probe(server.port)
    before = server.rss_mb()
    started = time.time()
    result = work()
    elapsed = time.time() - started
    probed = probe.stop()
    print(f"{name}: {result}")
    print(f"{name}: took {elapsed:.1f} s; probe {probed}; RSS {before:.0f} → {server.rss_mb():.0f} MB, peak so far {server.peak_rss:.0f} MB")
    return probed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--prostor", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--port", type=int, default=18735)
    parser.add_argument("--short", action="store_true")
    args = parser.parse_args()
    problems = []
    server = Server(args.prostor, args.db, args.port)
    print(f"server pid {server.process.pid}, RSS at start {server.rss_mb():.0f} MB")
    get(args.port, PAGE)

    def check_probe(name, probed):
        if probed["failed"] or (probed["max_ms"] or 0) > 1000:
            problems.append(f"{name}: a reader waited more than a second or got no answer: {probed}")

    def check_closed(name, result, limit):
        if result["still_open"] or (result["closed_after_s_max"] or 0) > limit + 3:
            problems.append(f"{name}: connections stayed open beyond {limit} s: {result}")

    if shutil.which("wrk"):
        seconds = 5 if args.short else 20

        def run_wrk():
            output = subprocess.run(["wrk", "-t2", "-c1000", f"-d{seconds}s", "--timeout", "10s", "--latency",
                                     f"http://127.0.0.1:{args.port}{PAGE}"], capture_output=True, text=True).stdout
            keep = [line.strip() for line in output.splitlines()
                    if re.match(r"\s*(Latency|Req/Sec|50%|99%|\d+ requests|Socket errors|Non-2xx|Requests/sec)", line)]
            return " | ".join(keep)
        check_probe("wrk", phase("wrk", server, run_wrk))
    else:
        problems.append("wrk is not installed")

    head = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: slow\r\nAccept: */*\r\nX-Padding: " + b"a" * 200 + b"\r\n\r\n"
    result = {}
    probed = phase("slowloris", server, lambda: result.setdefault("r", slow_clients(args.port, 300, b"", head)))
    check_probe("slowloris", probed)
    check_closed("slowloris", result["r"], IDLE_SECONDS)

    post = (b"POST /request HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            b"Content-Length: 60000\r\n\r\n")
    result = {}

    def endless_bodies():
        both = {}
        threads = [threading.Thread(target=lambda: both.setdefault("trickle", slow_clients(args.port, 100, post, b"title=x&" * 10000))),
                   threading.Thread(target=lambda: both.setdefault("stalled", slow_clients(args.port, 100, post + b"title=", b"", 0)))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return both
    probed = phase("body", server, lambda: result.setdefault("r", endless_bodies()))
    check_probe("body", probed)
    check_closed("body (a byte a second)", result["r"]["trickle"], READ_SECONDS)
    check_closed("body (stalled)", result["r"]["stalled"], IDLE_SECONDS)

    result = {}
    probed = phase("idle", server, lambda: result.setdefault("r", slow_clients(args.port, 200, b"", b"")))
    check_probe("idle", probed)
    check_closed("idle", result["r"], IDLE_SECONDS)

    count = 1000 if args.short else 10000
    result = {}
    probed = phase("weeks", server, lambda: result.setdefault("r", f"{count} addresses, failures: {fetch_all(args.port, weeks(count))[:5]}"))
    check_probe("weeks", probed)

    # SIGTERM mid-request: a form post that waits for a database another program holds (30 s busy wait),
    # and a body that trickles.
    holder = sqlite3.connect(args.db, timeout=30, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    waiting = socket.create_connection(("127.0.0.1", args.port))
    token = "A" * 32
    body = f"csrf={token}&title=Vaje&groupName=Pobuda&email=a%40b.si&audience=10&duration=90m&when=tor+17%3A00-19%3A00" \
           f"&term=spomlad-2027&venue=golnik&kind=initiative&repeats=weekly&sessions=1"
    waiting.send((f"POST /request HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                  f"Cookie: prostor_csrf={token}\r\nContent-Length: {len(body)}\r\n\r\n{body}").encode())
    trickling = socket.create_connection(("127.0.0.1", args.port))
    trickling.send(post + b"t")
    time.sleep(2)
    started = time.time()
    server.process.send_signal(signal.SIGTERM)
    try:
        server.process.wait(timeout=GRACE_SECONDS + 30)
    except subprocess.TimeoutExpired:
        server.process.kill()
    stopped = time.time() - started
    holder.execute("ROLLBACK")
    print(f"sigterm: stopped {stopped:.1f} s after SIGTERM with a post waiting for the database and a body trickling; "
          f"exit status {server.process.returncode}")
    if stopped > GRACE_SECONDS + 3:
        problems.append(f"sigterm: took {stopped:.1f} s")
    print(f"peak RSS over the whole run: {server.peak_rss:.0f} MB")
    if server.peak_rss > RSS_LIMIT_MB:
        problems.append(f"peak RSS {server.peak_rss:.0f} MB above {RSS_LIMIT_MB} MB")
    for problem in problems:
        print(f"PROBLEM {problem}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
