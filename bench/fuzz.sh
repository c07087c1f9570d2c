#!/usr/bin/env bash
# Fuzzes every parser with libFuzzer for SECONDS each (default 60), starting from the seed
# corpora in Tests/FuzzCorpus/<name>/. The fuzz build is a release build of its own
# (.build/fuzz), instrumented with -sanitize=fuzzer; -DFUZZING swaps each target's replay
# `main` for libFuzzer's driver. New inputs go to a scratch corpus (never into the repository);
# a crash leaves crash-<hash> in bench/fuzz-findings/ and a non-zero exit.
#
#   bench/fuzz.sh            # 60 s per target
#   bench/fuzz.sh 5          # what CI runs
#   bench/fuzz.sh 600 WXR    # one target
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
all=(Rubric:rubric CanvasRubric:canvas-rubric CSV:csv HTML:html WXR:wxr Markdown:markdown
  BlogPage:blog-page References:references Citations:citations Archive:archive)
wanted=("$@")
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
findings="bench/fuzz-findings"
mkdir -p "$findings"
status=0
for pair in "${all[@]}"; do
  target="${pair%%:*}"
  corpus="${pair##*:}"
  if ((${#wanted[@]})) && [[ ! " ${wanted[*]} " == *" $target "* ]]; then continue; fi
  swift build -c release --scratch-path .build/fuzz --product "Fuzz$target" \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING >/dev/null
  mkdir -p "$scratch/$corpus"
  log="$scratch/$target.log"
  # -rss_limit_mb: a parser that balloons is a finding; -timeout: so is one input over 10 s.
  # SWIFT_BACKTRACE=enable=no: leave a trap to libFuzzer, which then writes the crashing input.
  if ! SWIFT_BACKTRACE=enable=no ".build/fuzz/release/Fuzz$target" "$scratch/$corpus" "Tests/FuzzCorpus/$corpus" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$findings/$target-" -print_final_stats=1 >"$log" 2>&1; then
    status=1
    echo "Fuzz$target: FINDING (see $findings/ and the log below)"
    grep -E 'ERROR: libFuzzer|Fatal error|^ +#[0-9]+ .* in \$s|Test unit written' "$log" | head -30
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  line=$(grep -E '#[0-9]+.*(DONE|pulse|NEW|REDUCE)' "$log" | tail -1 || true)
  cov=$(echo "$line" | grep -o 'cov: [0-9]*' || echo "cov: ?")
  ft=$(echo "$line" | grep -o 'ft: [0-9]*' || echo "ft: ?")
  printf 'Fuzz%-13s %8s runs in %ss  %s  %s  corpus %s\n' "$target" "$runs" "$seconds" "$cov" \
    "$ft" "$(ls "$scratch/$corpus" | wc -l) new"
done
exit $status
