#!/usr/bin/env bash
# Time from typing `okr checkin` at a real terminal (tmux) to its first question on the screen,
# against a `java Hello` typed in the same pane that prints the same question (the JVM's floor
# for a prompt), run alternately so that a busy moment of the machine weighs on both; medians of
# N runs each. BEFORE=path/to/another/okr/bin/okr adds that build as a third subject, in the same
# rotation, for before/after figures. Needs tmux; build first: ./mvnw -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
unset CI   # the launcher makes no class-data archive in CI; these measure it
runs=${RUNS:-7}
jdk17=${JDK17:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
work=$(mktemp -d)
session=okr-bench-$$
trap 'tmux kill-session -t "$session" 2>/dev/null; rm -rf "$work"' EXIT
printf 'public class Hello { public static void main(String[] a) throws Exception { System.out.print("value (km): "); System.out.flush(); System.in.read(); } }\n' > "$work/Hello.java"
"$jdk17/bin/javac" -d "$work" "$work/Hello.java"
cp -r examples/maratona "$work/ws"
tmux new-session -d -s "$session" -x 120 -y 40 -c "$work/ws"
tmux send-keys -t "$session" "export XDG_CACHE_HOME=$work/cache" Enter
line="checkin maratona --today 2026-09-22"
subjects=("$jdk17/bin/java -cp $work Hello" "$PWD/target/okr/bin/okr $line")
labels=("java Hello, the same question" "okr checkin")
if [ -n "${BEFORE:-}" ]; then
  subjects+=("$(readlink -f "$BEFORE") $line")
  labels+=("okr checkin, BEFORE build")
fi
shown() {
  until tmux capture-pane -t "$session" -p | grep -q "value (km)"; do sleep 0.005; done
}
# A first check-in at the terminal starts the training run that makes the prompts' class-data
# archive of each build; wait for them.
for ((s = 1; s < ${#subjects[@]}; s++)); do
  tmux send-keys -t "$session" "clear; ${subjects[$s]}" Enter
  shown
  tmux send-keys -t "$session" C-c
  sleep 0.5
  XDG_CACHE_HOME=$work/cache bench/wait-archive.sh prompts
done
declare -A times
for ((i = 0; i <= runs; i++)); do
  for ((s = 0; s < ${#subjects[@]}; s++)); do
    tmux send-keys -t "$session" "clear" Enter
    sleep 0.3
    start=$(date +%s%N)
    tmux send-keys -t "$session" "${subjects[$s]}" Enter
    shown
    end=$(date +%s%N)
    tmux send-keys -t "$session" C-c
    sleep 0.5
    # the first round is not counted (the file cache is cold)
    [ "$i" -gt 0 ] && times[$s]+="$(( (end - start) / 1000000 )) "
  done
done
median() { printf '%s\n' $1 | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
base=$(median "${times[0]}")
for ((s = 0; s < ${#subjects[@]}; s++)); do
  m=$(median "${times[$s]}")
  printf '%-34s %5s ms  %5.1fx   (median of %s runs)\n' "${labels[$s]}" "$m" "$(echo "$m / $base" | bc -l)" "$runs"
done
