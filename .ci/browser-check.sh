#!/usr/bin/env bash
# Browser check: serve the pilot data with `prostor serve` on 127.0.0.1, render the week view, the
# print view (also of the week of a holiday, with its closure and cancelled dates), the month and the
# request form, the free times and the usage page in headless Chromium, fail when the expected
# blocks and labels are missing from the rendered DOM or when a page breaks at 360 or 1280 px
# (tools/layout-check.py: sideways page scroll, boxes wider than the viewport, clipped text), and
# leave screenshots (desktop 1280x900, phone 390x844, and whole pages at 360 and 1280 px) and the
# printed programme (PDF) in .build/screenshots/ for people to look at. Talks to 127.0.0.1 only;
# stops the server it started.
set -euo pipefail
cd "$(dirname "$0")/.."

browser=""
for candidate in chromium-headless-shell chromium; do
    if command -v "$candidate" >/dev/null 2>&1; then browser=$(command -v "$candidate"); break; fi
done
if [ -z "$browser" ]; then
    echo "browser-check: neither chromium-headless-shell nor chromium is installed" >&2
    exit 1
fi

prostor="$(swift build --show-bin-path)/prostor"
[ -x "$prostor" ] || swift build --product prostor
work=$(mktemp -d)
shots=.build/screenshots
mkdir -p "$shots"
server_pid=""
stop_server() { # SIGTERM, as a service manager sends it; the server must be gone within 10 s
    [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null || return 0
    kill -TERM "$server_pid"
    for _ in $(seq 1 50); do
        kill -0 "$server_pid" 2>/dev/null || { wait "$server_pid" || true; server_pid=""; return 0; }
        sleep 0.2
    done
    kill -KILL "$server_pid"
    wait "$server_pid" || true
    server_pid=""
    echo "browser-check: the server did not stop within 10 s of SIGTERM" >&2
    return 1
}
cleanup() {
    stop_server || true
    rm -rf "$work"
}
trap cleanup EXIT

"$prostor" demo --db "$work/pilot.sqlite" --seconds 2 > "$work/demo.log"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
"$prostor" serve --db "$work/pilot.sqlite" --host 127.0.0.1 --port "$port" 2> "$work/serve.log" &
server_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 50); do
    curl -fsS -o /dev/null "$base/" 2>/dev/null && break
    sleep 0.2
done

# No network but loopback: every host name fails to resolve except 127.0.0.1, and the browser's
# own background services (updates, sync, metrics) are off.
flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-sync --disable-background-networking
       --disable-component-update --disable-default-apps --disable-domain-reliability --no-pings
       --proxy-server=direct:// "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"
       --hide-scrollbars --virtual-time-budget=2000)

failures=0
check() { # name url pattern...
    local name=$1 url=$2; shift 2
    "$browser" "${flags[@]}" --dump-dom "$url" > "$work/$name.html" 2> "$work/$name.err"
    for pattern in "$@"; do
        if ! grep -qF -- "$pattern" "$work/$name.html"; then
            echo "browser-check: $name ($url) lacks: $pattern" >&2
            failures=$((failures + 1))
        fi
    done
}
shoot() { # name url
    "$browser" "${flags[@]}" --window-size=1280,900 --screenshot="$shots/$1-desktop.png" "$2" 2> /dev/null
    "$browser" "${flags[@]}" --window-size=390,844 --screenshot="$shots/$1-phone.png" "$2" 2> /dev/null
}

week="$base/venues/golnik?week=2027-W07"
check week "$week" '<html lang="sl">' '<th scope="col" class="time-col">Ura</th>' '>Velika dvorana</a></th>' \
    'ponedeljek, 15. 2. 2027' '<div class="activity' 'class="title"' 'webcal://127.0.0.1'
check week-en "$week&lang=en" '<html lang="en">' 'Monday, 15 February 2027' 'Subscribe to the calendar'
check print "$base/venues/golnik/print?week=2027-W07" '<table class="programme">' '<th scope="rowgroup" colspan="4">torek, 16. 2. 2027</th>' 'KS Golnik'
# 8 February (Prešernov dan) is closed everywhere: the pages say so, and mark what does not take place.
check print-holiday "$base/venues/golnik/print?week=2027-W06" '<li>Zaprto: 8. 2. 2027 — Prešernov dan</li>' \
    '<td colspan="4" class="closure">Zaprto — Prešernov dan</td>'
check week-holiday "$base/venues/golnik?week=2027-W06" '<p class="closure">Zaprto — Prešernov dan</p>'
check month-holiday "$base/venues/golnik/month?month=2027-02&lang=en" '<li>Closed: 8 February 2027 — Prešernov dan</li>'
check form "$base/request" '<label for="title">Ime dejavnosti</label>' '<label for="when">' 'name="csrf"' '<legend>Skupina in stik</legend>'
check month "$base/venues/golnik/month?month=2027-03" 'marec 2027' '<table class="month">'
check missing "$base/venues/ni-je" 'Strani ni mogoče najti.'
# A group's own page, by the token `group show --show-token` prints: its requests, dates and form.
token=$("$prostor" group show pevski-zbor-golnik --show-token --json --db "$work/pilot.sqlite" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
check group "$base/groups/$token" '<h2 id="requests-heading">Prošnje</h2>' '<h2 id="dates-heading">Termini</h2>' \
    'Oddaj novo prošnjo' "/feeds/groups/$token.ics"
check group-form "$base/groups/$token/request" 'Prošnjo oddajate za skupino' '<label for="title">Ime dejavnosti</label>'
free="$base/venues/golnik/free?day=tu&day=th&duration=2h&from=17:00&to=22:00"
check free "$free" '<h1>Prosti termini <span class="subtitle">KS Golnik</span></h1>' '<table class="list free">' 'href="/request?venue=golnik&amp;room='
check free-date "$base/venues/strazisce/free?date=2027-03-10&lang=en" '<html lang="en">' 'Wednesday, 10 March 2027'
check usage "$base/venues/golnik/usage" '<svg class="heat" role="img"' '<table class="list heat-table">' '<table class="list weeks">'

shoot week "$week"
shoot print "$base/venues/golnik/print?week=2027-W07"
shoot form "$base/request"
shoot month "$base/venues/golnik/month?month=2027-03"
shoot week-holiday "$base/venues/golnik?week=2027-W06"
shoot group "$base/groups/$token"
"$browser" "${flags[@]}" --window-size=1280,2400 --screenshot="$shots/week-desktop-long.png" "$week" 2> /dev/null
# The notice-board programme as the printer gets it (A4, one sheet for the pilot's weeks).
"$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$shots/print-week.pdf" "$base/venues/golnik/print?week=2027-W07" 2> /dev/null

# Every page at 360 and 1280 px: no sideways page scroll, nothing wider than the viewport outside a
# table that scrolls by itself, no clipped text.
layout_pages=(venues="$base/" week="$week" week-en="$week&lang=en" week-holiday="$base/venues/golnik?week=2027-W06"
              month="$base/venues/golnik/month?month=2027-03" print="$base/venues/golnik/print?week=2027-W07"
              room="$base/venues/golnik/rooms/velika-dvorana?week=2027-W07" form="$base/request"
              free="$free" free-date="$base/venues/strazisce/free?date=2027-03-10&lang=en"
              usage="$base/venues/golnik/usage" usage-room="$base/venues/zlato-polje/usage?room=velika-dvorana"
              group="$base/groups/$token" group-form="$base/groups/$token/request"
              missing="$base/venues/ni-je")
/usr/bin/python3 tools/layout-check.py "$browser" "$shots" "${layout_pages[@]}" || failures=$((failures + 1))
# The forms sent as a browser sends them: its own field checks, its own choice of cookies.
/usr/bin/python3 tools/form-check.py "$browser" "$base" "$token" || failures=$((failures + 1))

stop_server || failures=$((failures + 1))
requests=$(grep -c ' 200 ' "$work/serve.log" || true)
echo "browser-check: server answered $requests requests with 200; screenshots in $shots/"
if [ "$failures" -gt 0 ]; then
    echo "browser-check: $failures expected elements missing or layout checks failed" >&2
    exit 1
fi
echo "browser-check: week, print, form, month, group, free times, usage and error pages rendered with every expected element and hold at 360 and 1280 px; both forms sent"
