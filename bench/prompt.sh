#!/usr/bin/env bash
# Time from launching `okr checkin` in a real terminal (tmux) to its first prompt, median of
# N runs. Needs tmux; build first: ./mvnw -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
unset CI   # the launcher makes no class-data archive in CI; these measure it
runs=${RUNS:-7}
work=$(mktemp -d)
session=okr-bench-$$
trap 'tmux kill-session -t "$session" 2>/dev/null; rm -rf "$work"' EXIT
cp -r examples/maratona "$work/ws"
tmux new-session -d -s "$session" -x 120 -y 40 -c "$work/ws"
tmux send-keys -t "$session" "export XDG_CACHE_HOME=$work/cache PATH=$PWD/target/okr/bin:\$PATH" Enter
# A first check-in at the terminal starts the training run that makes the prompts' class-data
# archive; wait for it.
tmux send-keys -t "$session" "okr checkin maratona --today 2026-09-22" Enter
until tmux capture-pane -t "$session" -p | grep -q "value (km)"; do sleep 0.05; done
tmux send-keys -t "$session" C-c
XDG_CACHE_HOME=$work/cache bench/wait-archive.sh prompts
times=()
for ((i = 0; i <= runs; i++)); do
  tmux send-keys -t "$session" "clear" Enter
  sleep 0.3
  start=$(date +%s%N)
  tmux send-keys -t "$session" "okr checkin maratona --today 2026-09-22" Enter
  until tmux capture-pane -t "$session" -p | grep -q "value (km)"; do sleep 0.005; done
  end=$(date +%s%N)
  tmux send-keys -t "$session" C-c
  sleep 0.5
  # the first run is not counted (the file cache is cold)
  [ "$i" -gt 0 ] && times+=($(( (end - start) / 1000000 )))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
echo "okr checkin, first prompt in tmux: median $median ms over $runs runs"
