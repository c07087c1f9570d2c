"""Reads what probe.js found in a report laid out by Chromium (check-html.sh).

    python3 layout_check.py DUMPED-DOM.html

Prints one line per problem (list numbers cut off, SVG text outside its drawing or overlapping,
arrows through nodes, accessibility rules) and exits 1 when there is any, or when the probe
never ran (no <pre id="rubricate-probe"> in the DOM).
"""

import json
import sys
from html.parser import HTMLParser


class Probe(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.inside = False
        self.found = False
        self.text = ""

    def handle_starttag(self, tag, attrs):
        if tag == "pre" and ("id", "rubricate-probe") in attrs:
            self.inside = True
            self.found = True

    def handle_endtag(self, tag):
        if tag == "pre":
            self.inside = False

    def handle_data(self, data):
        if self.inside:
            self.text += data


def main():
    probe = Probe()
    with open(sys.argv[1], encoding="utf-8") as handle:
        probe.feed(handle.read())
    if not probe.found:
        print("the layout probe did not run (no result in the DOM)")
        return 1
    problems = json.loads(probe.text)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
