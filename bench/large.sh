#!/usr/bin/env bash
# okr check on a generated workspace of 10,000 goal files and 50,000 journal entries, as a ratio
# to token-parsing the same files with Jackson in one thread (runs alternated, bench/ratio.sh);
# and okr's peak memory (RSS).
set -euo pipefail
cd "$(dirname "$0")/.."
unset CI   # the launcher makes no class-data archive in CI; these measure it
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/generate.py "$work/ws" "${FILES:-10000}" "${ENTRIES:-50000}"
javac -d "$work" -cp "target/okr/lib/*" bench/JacksonBaseline.java
runs=${RUNS:-3}
export XDG_CACHE_HOME=$work/cache
okr=(target/okr/bin/okr -C "$work/ws" check --today 2026-11-23)
"${okr[@]}" >/dev/null 2>&1 || true   # starts the training run that makes the archive
bench/wait-archive.sh
read -r base subject ratio < <(bench/ratio.sh "$runs" \
  -- java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$work:target/okr/lib/*" JacksonBaseline "$work/ws" \
  -- "${okr[@]}")
printf 'Jackson token parse, one thread   %6s ms   1.00x\n' "$base"
printf 'okr check                         %6s ms   %.2fx\n' "$subject" "$ratio"
# The first check on a fresh clone (CI) has no cache: every file read and parsed.
read -r base subject ratio < <(bench/ratio.sh "$runs" \
  -- java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$work:target/okr/lib/*" JacksonBaseline "$work/ws" \
  -- env OKR_NO_CACHE=1 "${okr[@]}")
printf 'okr check, no cache (Jackson %s ms)  %6s ms   %.2fx\n' "$base" "$subject" "$ratio"
# The runs above after the first took unchanged files from the cache of parsed files; the same
# check reading and parsing every file, alternated with a warm one:
read -r off warm ratio < <(bench/ratio.sh "$runs" -- env OKR_NO_CACHE=1 "${okr[@]}" -- "${okr[@]}")
printf 'okr check, OKR_NO_CACHE=1          %6s ms\n' "$off"
printf 'okr check, warm cache              %6s ms   %.2fx of OKR_NO_CACHE=1\n' "$warm" "$ratio"
if command -v /usr/bin/time >/dev/null; then
  peak=0
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -o "$work/rss" -f '%M' "${okr[@]}" >/dev/null 2>&1 || true
    rss=$(tail -1 "$work/rss")
    [ "$rss" -gt "$peak" ] && peak=$rss
  done
  printf 'okr check peak RSS (highest of %s)  %4s MB\n' "$runs" "$(( peak / 1024 ))"
fi
