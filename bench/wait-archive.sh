#!/usr/bin/env bash
# Waits (at most two minutes) for the launcher's background training run to leave a class-data
# archive in $XDG_CACHE_HOME/okr: run okr once first, then `wait-archive.sh [views|prompts]`.
set -uo pipefail
dir=${XDG_CACHE_HOME:-$HOME/.cache}/okr
kind=${1:-views}
for _ in $(seq 240); do
  if ! ls -d "$dir"/*.training >/dev/null 2>&1; then
    for archive in "$dir"/*-"$kind".jsa "$dir"/*-"$kind".aot; do
      [ -f "$archive" ] && exit 0
    done
  fi
  sleep 0.5
done
echo "wait-archive.sh: no $kind archive in $dir after two minutes" >&2
exit 1
