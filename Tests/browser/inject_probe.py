"""Prints a copy of a report with its Content-Security-Policy removed and probe.js added.

    python3 inject_probe.py REPORT.html probe.js > COPY.html

The script goes in as <script id="rubricate-probe-script"> just before </body> (the last one,
so student text that mentions </body> is never the place); dom_check.py allows exactly that
one element and nothing else.
"""

import re
import sys


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        page = handle.read()
    with open(sys.argv[2], encoding="utf-8") as handle:
        probe = handle.read()
    page = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
    script = f'<script id="rubricate-probe-script">\n{probe}\n</script>\n'
    at = page.rfind("</body>")
    page = page[:at] + script + page[at:] if at >= 0 else page + script
    sys.stdout.write(page)


if __name__ == "__main__":
    main()
