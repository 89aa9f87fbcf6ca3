#!/usr/bin/env python3
"""Measure pages at several widths in headless Chromium and fail on layout that breaks on a phone.

Usage: layout-check.py BROWSER SHOTS_DIR NAME=URL...

For each page and each width (360 and 1280 px) the page is loaded over the DevTools protocol (on a
pipe, so no port is opened) and a script is evaluated in it that reports:
  - horizontal page scroll: the document is wider than the viewport;
  - elements wider than the viewport: a box whose right edge lies past the viewport, unless it sits
    inside an element that scrolls sideways by itself (a wide table in `.table-scroll`);
  - text overflowing its box: an element that hides overflow (clips) while its content is wider or
    taller than it, or one whose text runs out sideways into its neighbours (wider than the box and
    not scrolling), unless it is a visually hidden label (1 px, for screen readers).
The pages forbid scripts (Content-Security-Policy); DevTools evaluation is not subject to it. A
screenshot of the whole page at each width is kept as SHOTS_DIR/NAME-WIDTH.png. Exits 1 on any finding.
Standard library only; talks to the browser through file descriptors 3 and 4.
"""
import base64
import json
import os
import subprocess
import sys

WIDTHS = (360, 1280)
MEASURE = r"""
(() => {
  const vw = document.documentElement.clientWidth;
  const found = [], spilling = [];
  const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
      (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '');
  const scrollsAside = (e) => {
    for (let p = e.parentElement; p; p = p.parentElement) {
      const s = getComputedStyle(p);
      if ((s.overflowX === 'auto' || s.overflowX === 'scroll') && p !== document.documentElement && p !== document.body) return true;
    }
    return false;
  };
  const hidden = (e) => { const r = e.getBoundingClientRect(); return r.width <= 1 || r.height <= 1; };
  if (document.documentElement.scrollWidth > vw + 1)
    found.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px wide in a ' + vw + ' px viewport');
  for (const e of document.body.querySelectorAll('*')) {
    if (hidden(e)) continue;
    const s = getComputedStyle(e);
    if (s.display === 'none' || s.visibility === 'hidden' || s.position === 'fixed') continue;
    const r = e.getBoundingClientRect();
    if (r.right > vw + 1 && !scrollsAside(e))
      found.push(name(e) + ' is wider than the viewport (right edge at ' + Math.round(r.right) + ' px of ' + vw + ')');
    if (!(e.textContent || '').trim() || e.clientWidth === 0 || s.display === 'inline') continue;
    const scrolls = ['auto', 'scroll'].includes(s.overflowX);
    const clips = ['hidden', 'clip'].includes(s.overflowX) || ['hidden', 'clip'].includes(s.overflowY) || s.textOverflow === 'ellipsis';
    if (clips && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1))
      found.push(name(e) + ' clips its text (' + e.scrollWidth + 'x' + e.scrollHeight + ' in ' + e.clientWidth + 'x' + e.clientHeight + ')');
    else if (!clips && !scrolls && e.scrollWidth > e.clientWidth + 1) spilling.push(e);
  }
  // Only the innermost of boxes that spill: a table cell's spill makes its row and table spill too.
  for (const e of spilling)
    if (!spilling.some((other) => other !== e && e.contains(other)))
      found.push(name(e) + ' lets its text run out of its box (' + e.scrollWidth + ' px in ' + e.clientWidth + ')');
  return JSON.stringify({found: found.slice(0, 20), height: document.documentElement.scrollHeight});
})()
"""


class Browser:
    def __init__(self, path):
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()
        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
                 "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
                 "--no-pings", "--proxy-server=direct://", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                 "--hide-scrollbars", "--remote-debugging-pipe", "about:blank"]

        def fds():
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)
        self.process = subprocess.Popen([path] + flags, preexec_fn=fds, pass_fds=(3, 4), stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer = b""
        self.next_id = 0

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        return self.next_id

    def receive(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError("the browser closed the DevTools pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=None):
        wanted = self.send(method, params, session)
        while True:
            message = self.receive()
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def wait_for(self, event, session):
        while True:
            message = self.receive()
            if message.get("method") == event and message.get("sessionId") == session:
                return message

    def close(self):
        try:
            self.send("Browser.close")
        except OSError:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    browser = Browser(sys.argv[1])
    shots = sys.argv[2]
    failures = 0
    try:
        for argument in sys.argv[3:]:
            name, url = argument.split("=", 1)
            for width in WIDTHS:
                target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
                session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
                browser.call("Page.enable", session=session)
                browser.call("Emulation.setDeviceMetricsOverride",
                             {"width": width, "height": 800, "deviceScaleFactor": 1, "mobile": width < 600}, session)
                browser.call("Page.navigate", {"url": url}, session)
                browser.wait_for("Page.loadEventFired", session)
                result = browser.call("Runtime.evaluate", {"expression": MEASURE, "returnByValue": True}, session)
                report = json.loads(result["result"]["value"])
                for finding in report["found"]:
                    print(f"layout-check: {name} at {width} px: {finding}", file=sys.stderr)
                    failures += 1
                height = min(max(800, int(report["height"])), 16000)
                browser.call("Emulation.setDeviceMetricsOverride",
                             {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600}, session)
                shot = browser.call("Page.captureScreenshot", {"format": "png"}, session)
                with open(os.path.join(shots, f"{name}-{width}.png"), "wb") as file:
                    file.write(base64.b64decode(shot["data"]))
                browser.call("Target.closeTarget", {"targetId": target})
    finally:
        browser.close()
    pages = len(sys.argv) - 3
    if failures:
        print(f"layout-check: {failures} layout problems in {pages} pages at {' and '.join(map(str, WIDTHS))} px", file=sys.stderr)
        return 1
    print(f"layout-check: {pages} pages at {' and '.join(map(str, WIDTHS))} px: no sideways scroll, nothing wider than the viewport, no clipped text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
