#!/usr/bin/env bash
# Checks Rubricate's HTML reports in a real headless browser (Chromium from Debian's packages).
#
#   Tests/browser/check-html.sh [--screenshot PNG] [--expect-title TITLE] FILE.html...
#
# For each file:
#   1. renders it headless to a PNG (the first file's goes to --screenshot, default
#      <file>.png beside it) and checks the PNG is non-empty;
#   2. dumps the DOM after load twice — as written, and with the page's Content-Security-Policy
#      meta removed, so the check is of the escaping itself, not only of the policy — and
#      dom_check.py fails if the title is not the one the file declares (a payload such as
#      <img src=x onerror="document.title='PWNED'"> that ran would change it), if PWNED shows
#      up in the page's text when the file never had it, or if the DOM holds a <script>, <img>,
#      <iframe>, <object> or <embed> element, an on…= handler or a javascript:/data: link.
#   3. in the second dump, probe.js (injected into that copy only) measures the page as laid out
#      at 1280 px and layout_check.py fails on: a list number cut off, SVG text outside its
#      drawing or overlapping other text, a bar label cut short, an arrow of the comment network
#      through another student's node; and on the accessibility rules: no lang, a skipped
#      heading level, contrast under 4.5:1 (3:1 large), a <th> without scope, an unlabelled
#      form control, a chart without role="img", a title and a table or text summary.
# Installs chromium with apt-get when it is missing; when that is impossible it prints
# "skipped: …" and exits 0 so CI on a machine without a browser still passes.
# Exit status: 0 passed or skipped, 1 a check failed, 2 usage.
set -euo pipefail

screenshot=""
files=()
while [ $# -gt 0 ]; do
  case "$1" in
    --screenshot) screenshot="${2:?--screenshot needs a file}"; shift 2 ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    -*) echo "check-html: unknown option $1" >&2; exit 2 ;;
    *) files+=("$1"); shift ;;
  esac
done
[ ${#files[@]} -gt 0 ] || { echo "usage: check-html.sh [--screenshot PNG] FILE.html..." >&2; exit 2; }

find_browser() {
  for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then command -v "$candidate"; return 0; fi
  done
  return 1
}

if ! browser="$(find_browser)"; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "check-html: installing chromium from Debian's packages" >&2
    if ! { DEBIAN_FRONTEND=noninteractive apt-get update -qq \
      && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >/tmp/check-html-apt.log 2>&1; then
      echo "skipped: chromium could not be installed (apt-get failed; see /tmp/check-html-apt.log)"
      exit 0
    fi
  fi
  if ! browser="$(find_browser)"; then
    echo "skipped: no chromium on this machine and no way to install it (needs root and apt-get)"
    exit 0
  fi
fi

here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A profile of our own, no GPU, no sandbox (we run as root in CI), no network at all.
flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run
  --user-data-dir="$work/profile" --proxy-server="127.0.0.1:9" --proxy-bypass-list="<-loopback>"
  --virtual-time-budget=3000 --hide-scrollbars --window-size=1280,2000)

failures=0
fail() { echo "FAIL $1: $2"; failures=$((failures + 1)); }

index=0
for file in "${files[@]}"; do
  index=$((index + 1))
  before=$failures
  [ -f "$file" ] || { fail "$file" "no such file"; continue; }
  absolute="$(cd "$(dirname "$file")" && pwd)/$(basename "$file")"
  png="${file%.html}.png"
  if [ $index = 1 ] && [ -n "$screenshot" ]; then png="$screenshot"; fi
  png_absolute="$(cd "$(dirname "$png")" && pwd)/$(basename "$png")"

  "$browser" "${flags[@]}" --screenshot="$png_absolute" \
    "file://$absolute" >"$work/shot.log" 2>&1 || true
  if [ ! -s "$png_absolute" ]; then
    fail "$file" "no screenshot was written ($(tail -n 3 "$work/shot.log" | tr '\n' ' '))"
    continue
  fi

  # The copy without the policy also carries probe.js, which measures the laid-out page
  # (layout_check.py reads its verdict); dom_check.py ignores exactly that one script.
  without_policy="$work/no-csp-$index.html"
  python3 "$here/inject_probe.py" "$file" "$here/probe.js" >"$without_policy"
  for variant in "$absolute" "$without_policy"; do
    dom="$work/dom-$index.html"
    "$browser" "${flags[@]}" --dump-dom "file://$variant" >"$dom" 2>"$work/dom.log" || true
    label="$file"
    if [ "$variant" = "$without_policy" ]; then label="$file (policy removed)"; fi
    if [ ! -s "$dom" ]; then fail "$label" "the browser dumped no DOM"; continue; fi
    if ! problems="$(python3 "$here/dom_check.py" "$file" "$dom")"; then
      while IFS= read -r problem; do fail "$label" "$problem"; done <<<"$problems"
    fi
    if [ "$variant" = "$without_policy" ] && ! problems="$(python3 "$here/layout_check.py" "$dom")"; then
      while IFS= read -r problem; do fail "$file (layout, accessibility)" "$problem"; done <<<"$problems"
    fi
  done
  if [ "$failures" = "$before" ]; then echo "ok $file (screenshot $png)"; fi
done

if [ $failures -gt 0 ]; then
  echo "check-html: $failures check(s) failed"
  exit 1
fi
echo "check-html: ${#files[@]} file(s) passed"
