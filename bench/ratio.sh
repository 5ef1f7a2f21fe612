#!/usr/bin/env bash
# Median wall times of a baseline and a subject command, run alternately so that whatever else
# the machine does meanwhile weighs on both alike, and the ratio of the medians:
#   ratio.sh N -- baseline [args...] -- subject [args...]
# prints "BASELINE_MS SUBJECT_MS RATIO".
set -euo pipefail
n=$1
shift 2
baseline=()
while [ "$1" != "--" ]; do baseline+=("$1"); shift; done
shift
subject=("$@")
ms() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
base_times=()
subject_times=()
for ((i = 0; i < n; i++)); do
  base_times+=("$(ms "${baseline[@]}")")
  subject_times+=("$(ms "${subject[@]}")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
b=$(median "${base_times[@]}")
s=$(median "${subject_times[@]}")
printf '%s %s %.2f\n' "$b" "$s" "$(echo "$s / $b" | bc -l)"
