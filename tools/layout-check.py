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
Standard library only; talks to the browser through tools/devtools.py.
"""
import base64
import json
import os
import sys

from devtools import Browser

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
