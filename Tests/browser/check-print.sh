#!/usr/bin/env bash
# Prints Rubricate's HTML reports to PDF in headless Chromium, on A4 and on Letter, and checks
# the pages (poppler's pdfinfo and pdftotext read them back):
#
#   Tests/browser/check-print.sh [--out DIR] [--png] CLASS-REPORT.html STUDENT-REPORT.html...
#
# For each file and paper size:
#   - the PDF has pages of that size (A4 595×842 pt, Letter 612×792 pt);
#   - its text holds the page's heading, and the student's name (a student report) or every
#     student of the gradebook (the class report);
#   - no word lies outside the page (pdftotext -bbox), so nothing is clipped at an edge;
#   - every list of ten or more prints its last number whole ("11.", not "1.");
#   - no navigation bar is printed;
#   - a student report prints its side list of findings below the text at the page's left
#     margin, not as a column squeezed beside it;
#   - the class report's first page is what needs the teacher's attention, alone: the score
#     distribution starts on a later page.
# The PDFs (and with --png, each PDF's pages as PNGs, for looking at) are kept in --out
# (default: a temporary folder, removed). Without chromium or poppler it prints "skipped: …"
# and exits 0, as check-html.sh does.
# Exit status: 0 passed or skipped, 1 a check failed, 2 usage.
set -euo pipefail

out=""
png=0
files=()
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="${2:?--out needs a folder}"; shift 2 ;;
    --png) png=1; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    -*) echo "check-print: unknown option $1" >&2; exit 2 ;;
    *) files+=("$1"); shift ;;
  esac
done
[ ${#files[@]} -gt 0 ] || { echo "usage: check-print.sh [--out DIR] [--png] FILE.html..." >&2; exit 2; }

browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then browser="$(command -v "$candidate")"; break; fi
done
if [ -z "$browser" ]; then echo "skipped: no chromium on this machine"; exit 0; fi
for tool in pdfinfo pdftotext; do
  if ! command -v "$tool" >/dev/null 2>&1; then echo "skipped: no $tool (poppler-utils)"; exit 0; fi
done

here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ -z "$out" ]; then out="$work/pdf"; fi
mkdir -p "$out"
out="$(cd "$out" && pwd)"
flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run
  --user-data-dir="$work/profile" --proxy-server="127.0.0.1:9" --proxy-bypass-list="<-loopback>"
  --no-pdf-header-footer)

failures=0
for file in "${files[@]}"; do
  [ -f "$file" ] || { echo "FAIL $file: no such file"; failures=$((failures + 1)); continue; }
  stem="$(basename "${file%.html}")"
  for paper in A4 Letter; do
    # The paper size goes in as a print style sheet of the copy; the report's own @page rule
    # sets only margins, as a teacher's browser dialog would pick the paper.
    copy="$(dirname "$file")/.print-$paper-$(basename "$file")"
    python3 - "$file" "$copy" "$paper" <<'PY'
import sys
page = open(sys.argv[1], encoding="utf-8").read()
rule = f"<style>@page {{ size: {sys.argv[3]}; }}</style>\n</head>"
open(sys.argv[2], "w", encoding="utf-8").write(page.replace("</head>", rule, 1))
PY
    pdf="$out/$stem-$paper.pdf"
    "$browser" "${flags[@]}" --print-to-pdf="$pdf" "file://$(cd "$(dirname "$copy")" && pwd)/$(basename "$copy")" \
      >"$work/print.log" 2>&1 || true
    rm -f "$copy"
    if [ ! -s "$pdf" ]; then
      echo "FAIL $file ($paper): no PDF was written"; failures=$((failures + 1)); continue
    fi
    if [ $png = 1 ] && command -v pdftoppm >/dev/null 2>&1; then
      pdftoppm -r 60 -png "$pdf" "$out/$stem-$paper"
    fi
    if ! problems="$(python3 "$here/print_check.py" "$file" "$pdf" "$paper")"; then
      while IFS= read -r problem; do
        echo "FAIL $file ($paper): $problem"; failures=$((failures + 1))
      done <<<"$problems"
    else
      echo "ok $file ($paper): $problems"
    fi
  done
done
if [ $failures -gt 0 ]; then echo "check-print: $failures check(s) failed"; exit 1; fi
echo "check-print: ${#files[@]} file(s) printed on A4 and Letter"
