#!/usr/bin/env bash
# Median wall time in milliseconds of N runs of a command: median.sh N command [args...]
set -euo pipefail
n=$1; shift
times=()
for ((i = 0; i < n; i++)); do
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
