"""Compares a report file with the DOM Chromium dumped after loading it (check-html.sh).

Prints one line per problem and exits 1 when there is any. Parses both with the standard
library's HTML parser, so escaped text (`&lt;img onerror=…&gt;`) and attribute values are read
as the browser reads them, never mistaken for markup.
"""

import sys
from html.parser import HTMLParser

# Elements a Rubricate report never writes: one in the DOM came from student text.
# The id of the one script check-html.sh injects into its copy (inject_probe.py).
PROBE = "rubricate-probe-script"
FORBIDDEN = {"script", "img", "iframe", "object", "embed", "frame", "base", "form"}


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.in_title = False
        self.text = []
        self.problems = []
        self.probe_seen = False

    def handle_starttag(self, tag, attrs):
        if tag == "title" and not self.title:
            self.in_title = True
        if tag == "script" and ("id", PROBE) in attrs and not self.probe_seen:
            # check-html.sh's own probe (inject_probe.py), once, in its copy only.
            self.probe_seen = True
        elif tag in FORBIDDEN:
            self.problems.append(f"the DOM holds a <{tag}> element")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag}> carries an event handler {name}=")
            target = (value or "").strip().lower()
            if name in ("href", "src", "action", "formaction", "xlink:href") and (
                target.startswith("javascript:") or target.startswith("data:")
            ):
                self.problems.append(f"<{tag}> has a live {name}={value}")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        self.text.append(data)


def read(path):
    page = Page()
    with open(path, encoding="utf-8") as handle:
        page.feed(handle.read())
    page.close()
    return page


def main():
    source, dom = read(sys.argv[1]), read(sys.argv[2])
    problems = list(dom.problems)
    if dom.title != source.title:
        problems.append(f"the title changed from {source.title!r} to {dom.title!r}")
    if "PWNED" in "".join(dom.text) and "PWNED" not in "".join(source.text):
        problems.append("a script wrote PWNED into the page")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
