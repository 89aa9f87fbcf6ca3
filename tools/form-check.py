#!/usr/bin/env python3
"""Fill in and send the request forms in headless Chromium, as a resident and a group would.

Usage: form-check.py BROWSER BASE_URL GROUP_TOKEN

1. The public form (BASE_URL/request), as a new group: the browser must land on /request/sent with
   the request's reference number.
2. A known group's own form (BASE_URL/groups/TOKEN/request): the browser must land on the group's
   page with ?ref=N, and the page must list the new request.

The fields are typed into the page and the form is sent with requestSubmit(), as a click on its
button does: the browser's own checks of required fields run, and the browser decides which cookies
go with the post (the CSRF cookie must reach every form's address). Exits 1 when either fails.
"""
import json
import sys
import time

from devtools import Browser

FILL = r"""
((values) => {
  for (const [id, value] of Object.entries(values)) {
    const field = document.getElementById(id);
    if (!field) continue;  // the group's own form has no group fields
    if (field.tagName === 'SELECT' && value === '') field.selectedIndex = field.options.length > 1 ? 1 : 0;
    else field.value = value;
  }
  const form = document.getElementById('title').form;
  if (!form.checkValidity()) return 'the browser refuses the form: ' +
      [...form.elements].filter((e) => !e.checkValidity()).map((e) => e.name + ': ' + e.validationMessage).join('; ');
  form.requestSubmit();
  return 'sent';
})(%s)
"""
WHERE = "JSON.stringify({path: location.pathname, search: location.search, text: document.body.innerText})"


def send_form(browser, url, values):
    """Opens url, fills in values by field id, sends the form; returns where the browser landed."""
    target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    try:
        browser.call("Page.enable", session=session)
        browser.call("Page.navigate", {"url": url}, session)
        browser.wait_for("Page.loadEventFired", session)
        result = browser.call("Runtime.evaluate", {"expression": FILL % json.dumps(values), "returnByValue": True}, session)
        outcome = result["result"].get("value")
        if outcome != "sent":
            return {"path": "", "search": "", "text": str(outcome)}
        browser.wait_for("Page.loadEventFired", session)
        time.sleep(0.2)
        where = browser.call("Runtime.evaluate", {"expression": WHERE, "returnByValue": True}, session)
        return json.loads(where["result"]["value"])
    finally:
        browser.call("Target.closeTarget", {"targetId": target})


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    base, token = sys.argv[2].rstrip("/"), sys.argv[3]
    activity = {"title": "Vaje pevskega zbora Brdo", "description": "", "audience": "18", "duration": "90m",
                "sessions": "1", "when": "tor 18:00-21:00", "term": "", "venue": "golnik"}
    newcomer = dict(activity, groupName="Pevski zbor Brdo", contactName="Marija Kos", email="zbor.brdo@primer.si",
                    phone="")
    failures = []
    browser = Browser(sys.argv[1])
    try:
        landed = send_form(browser, f"{base}/request", newcomer)
        if landed["path"] != "/request/sent" or "Številka prošnje" not in landed["text"]:
            failures.append(f"the public form landed on {landed['path']}{landed['search']}: {landed['text'][:300]!r}")
        own = dict(activity, title="Nastop za krajevni praznik")
        landed = send_form(browser, f"{base}/groups/{token}/request", own)
        if landed["path"] != f"/groups/{token}" or "ref=" not in landed["search"] or own["title"] not in landed["text"]:
            failures.append(f"the group's form landed on {landed['path']}{landed['search']}: {landed['text'][:300]!r}")
    finally:
        browser.close()
    for failure in failures:
        print(f"form-check: {failure}", file=sys.stderr)
    if failures:
        return 1
    print("form-check: the public form and a group's own form were sent in Chromium and landed on their receipts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
