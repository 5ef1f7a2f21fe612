#!/usr/bin/env bash
# Peak memory (RSS, /usr/bin/time) of `okr check` on workspaces of 100 goal files and journals of
# 1,000 to 1,000,000 entries (ENTRIES to choose): it should grow in proportion to the journal.
# Memory is not timed, so this needs no baseline; the archive is left off so that every run
# maps the same classes.
set -euo pipefail
cd "$(dirname "$0")/.."
okr=${OKR:-target/okr/bin/okr}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%10s %10s %12s %14s\n' entries journal "peak RSS" "RSS growth/entry"
prev_n=0
prev_rss=0
for n in ${ENTRIES:-1000 10000 100000 1000000}; do
  rm -rf "$work/ws"
  python3 bench/generate.py "$work/ws" 100 "$n" >/dev/null
  bytes=$(cat "$work/ws"/checkins/* | wc -c)
  OKR_NO_ARCHIVE=1 /usr/bin/time -o "$work/rss" -f '%M' "$okr" -C "$work/ws" check --today 2026-11-23 \
    >/dev/null 2>&1 || true
  rss=$(tail -1 "$work/rss")
  growth=-
  if [ "$prev_n" -gt 0 ]; then
    growth=$(( (rss - prev_rss) * 1024 / (n - prev_n) ))
  fi
  printf '%10s %8s MB %9s MB %12s B\n' "$n" "$(( bytes / 1048576 ))" "$(( rss / 1024 ))" "$growth"
  prev_n=$n
  prev_rss=$rss
done
