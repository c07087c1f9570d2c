#!/usr/bin/env bash
# Shows that the browser checks can fail: runs probe.js (check-html.sh's layout and
# accessibility probe) on fixtures/bad-layout.html, a page with one of every fault, and fails
# unless layout_check.py reports each of them. Skips (exit 0) without chromium, as
# check-html.sh does.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then browser="$(command -v "$candidate")"; break; fi
done
[ -n "$browser" ] || { echo "skipped: no chromium on this machine"; exit 0; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$here/inject_probe.py" "$here/fixtures/bad-layout.html" "$here/probe.js" >"$work/page.html"
"$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
  --user-data-dir="$work/profile" --proxy-server="127.0.0.1:9" --virtual-time-budget=3000 \
  --window-size=1280,2000 --dump-dom "file://$work/page.html" >"$work/dom.html" 2>/dev/null || true
if python3 "$here/layout_check.py" "$work/dom.html" >"$work/found.txt"; then
  echo "selftest: FAIL the probe found nothing wrong with fixtures/bad-layout.html"; exit 1
fi
missing=0
for expected in "list number 10. of" "list number 11. of" "“Tomás Herrera” is cut at the edge" \
  "“Well sourced” and “Some sources” overlap" "label “Well suppor…” is cut short" \
  "“Amara → Tomás” passes through Aisha" "without role=\"img\"" "no table or text summary" \
  "<html> has no lang" "is h3 after h1" "for <p> “Grey on white”" "“No scope” has no scope" \
  "form control <input> “” has no label"; do
  if ! grep -qF "$expected" "$work/found.txt"; then
    echo "selftest: FAIL the probe did not report: $expected"; missing=$((missing + 1))
  fi
done
if [ $missing -gt 0 ]; then cat "$work/found.txt"; exit 1; fi
echo "selftest: the probe reports all $(wc -l <"$work/found.txt") faults of fixtures/bad-layout.html"
