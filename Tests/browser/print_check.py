"""Checks one printed report (check-print.sh): page size, the names, nothing off the page.

    python3 print_check.py REPORT.html REPORT.pdf A4|Letter

On success prints a one-line summary (pages, words); else one line per problem, exit 1.
"""

import re
import subprocess
import sys
from html import unescape

SIZES = {"A4": (595.0, 842.0), "Letter": (612.0, 792.0)}


def run(*command):
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def expected_names(source):
    """The heading, then the student (a student report) or every gradebook student."""
    names = []
    heading = re.search(r"<h1>(.*?)</h1>", source, re.S)
    if heading:
        names.append(unescape(heading.group(1)))
    student = re.search(r"<dt>Student</dt><dd>(.*?)</dd>", source)
    if student:
        names.append(unescape(student.group(1)))
    gradebook = re.search(r'<section id="gradebook">(.*?)</section>', source, re.S)
    if gradebook:
        names += [unescape(n) for n in re.findall(r"<tr><td>(.*?)</td>", gradebook.group(1))]
    return names


def words(pdf):
    """(page number, xMin, yMin, xMax, yMax, word) for every word, from pdftotext -bbox."""
    found = []
    page = 0
    for line in run("pdftotext", "-bbox", pdf, "-").splitlines():
        if "<page " in line:
            page += 1
        match = re.search(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', line
        )
        if match:
            box = [float(v) for v in match.groups()[:4]]
            found.append((page, *box, unescape(match.group(5))))
    return found


def main():
    report, pdf, paper = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(report, encoding="utf-8") as handle:
        source = handle.read()
    problems = []
    info = run("pdfinfo", pdf)
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    width, height = (float(v) for v in re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    want = SIZES[paper]
    if abs(width - want[0]) > 1 or abs(height - want[1]) > 1:
        problems.append(f"pages are {width:g}×{height:g} pt, not {paper} ({want[0]:g}×{want[1]:g})")
    text = " ".join(run("pdftotext", pdf, "-").split())
    for name in expected_names(source):
        if " ".join(name.split()) not in text:
            problems.append(f"the printed text lacks “{name}”")
    placed = words(pdf)
    outside = [w for w in placed if w[1] < -0.5 or w[3] > width + 0.5 or w[2] < -0.5 or w[4] > height + 0.5]
    for word in outside[:5]:
        problems.append(f"“{word[5]}” on page {word[0]} lies outside the page")
    # Every list number is printed whole: a list of 11 findings shows "10." and "11.", not
    # "0." and "1." cut at the margin.
    numbers = set()
    for line in run("pdftotext", "-layout", pdf, "-").splitlines():
        match = re.match(r"\s*(\d+)\. ", line)
        if match:
            numbers.add(int(match.group(1)))
    for items in re.findall(r"<ol>(.*?)</ol>", source, re.S):
        count = items.count("<li>")
        if count >= 10 and count not in numbers:
            problems.append(f"list number {count}. of a list of {count} is not printed whole")
    # Navigation links are for the screen: printed, they are words that lead nowhere.
    for nav in re.findall(r"<nav[^>]*>(.*?)</nav>", source, re.S):
        links = [unescape(t) for t in re.findall(r"<a [^>]*>(.*?)</a>", nav)]
        if len(links) > 1 and " ".join(links) in text:
            problems.append(f"the navigation “{' '.join(links)[:40]}…” is printed")
    if "<aside>" in source:
        heading = [w for w in placed if w[5] == "Findings"]
        if not heading:
            problems.append("the list of findings is not printed")
        elif heading[0][1] > width / 3:
            problems.append(
                f"the list of findings prints as a side column (x = {heading[0][1]:.0f} pt), not below the text"
            )
    if 'id="attention"' in source:
        first = " ".join(w[5] for w in placed if w[0] == 1)
        if "attention" not in first:
            problems.append("the first page is not the list of what needs attention")
        if "Score distribution" in first or "Gradebook" in first:
            problems.append("the first page runs on past the attention list")
    for problem in problems:
        print(problem)
    if not problems:
        print(f"{pages} page(s), {len(placed)} words, all on the page")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
