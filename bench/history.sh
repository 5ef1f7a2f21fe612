#!/usr/bin/env bash
# okr history and okr check (goalpost-moved reads every goal file's history) on a repository of
# 1,000 commits over 200 goal files (bench/history-repo.py), each as a ratio to
# `git log --name-only` of the same repository (runs alternated, bench/ratio.sh); and okr check
# against okr check of the same files without git, which is the cost of reading the history.
set -euo pipefail
cd "$(dirname "$0")/.."
unset CI   # the launcher makes no class-data archive in CI; these measure it
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git init -q "$work/ws"
python3 bench/history-repo.py "${COMMITS:-1000}" "${FILES:-200}" | git -C "$work/ws" fast-import --quiet
git -C "$work/ws" symbolic-ref HEAD refs/heads/main
git -C "$work/ws" reset -q --hard main
mkdir "$work/plain"
cp -r "$work/ws/okr.yaml" "$work/ws/objectives" "$work/plain/"
runs=${RUNS:-5}
export XDG_CACHE_HOME=$work/cache
okr=(target/okr/bin/okr -C "$work/ws" --today 2026-11-23)
"${okr[@]}" status >/dev/null 2>&1 || true   # starts the training run that makes the archive
bench/wait-archive.sh
git=(git -C "$work/ws" log --name-only)
read -r base history ratio1 < <(bench/ratio.sh "$runs" -- "${git[@]}" -- "${okr[@]}" history o0007/main)
read -r base2 check ratio2 < <(bench/ratio.sh "$runs" -- "${git[@]}" -- "${okr[@]}" check)
printf 'git log --name-only                 %6s ms   1.00x\n' "$base"
printf 'okr history o0007/main              %6s ms   %.2fx\n' "$history" "$ratio1"
printf 'git log --name-only (2nd run)       %6s ms   1.00x\n' "$base2"
printf 'okr check (every history)           %6s ms   %.2fx\n' "$check" "$ratio2"
read -r plain check2 ratio3 < <(bench/ratio.sh "$runs" \
  -- target/okr/bin/okr -C "$work/plain" --today 2026-11-23 check -- "${okr[@]}" check)
printf 'okr check, the same files, no git    %6s ms   1.00x\n' "$plain"
printf 'okr check (every history)           %6s ms   %.2fx\n' "$check2" "$ratio3"
printf 'goalpost-moved warnings: %s; history lines of o0007/main: %s\n' \
  "$("${okr[@]}" check 2>/dev/null | grep -c 'goalpost-moved' || true)" \
  "$("${okr[@]}" history o0007/main 2>/dev/null | grep -c 'target' || true)"
