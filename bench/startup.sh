#!/usr/bin/env bash
# Start-up of `okr status` on examples/acme as a ratio to a plain `java Hello` on JDK 17 (the JVM
# floor). Each line alternates its okr runs with Hello runs (bench/ratio.sh), so that a busy
# moment of the machine weighs on both. Build first: ./mvnw -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
unset CI   # the launcher makes no class-data archive in CI; these measure it
runs=${RUNS:-11}
jdk17=${JDK17:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
jdk25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hi"); } }\n' > "$work/Hello.java"
"$jdk17/bin/javac" -d "$work" "$work/Hello.java"
export XDG_CACHE_HOME=$work/cache
okr=target/okr/bin/okr
args=(-C examples/acme --today 2026-11-23)
hello=("$jdk17/bin/java" -cp "$work" Hello)
report() {
  local label=$1
  shift
  read -r base subject ratio < <(bench/ratio.sh "$runs" -- "${hello[@]}" -- "$@")
  printf '%-40s %5s ms  %5.1fx   (java Hello, JDK 17: %s ms)\n' "$label" "$subject" "$ratio" "$base"
}
report "okr status, JDK 17, no archive" env OKR_NO_ARCHIVE=1 JAVA_HOME="$jdk17" $okr "${args[@]}"
# The first run starts the training run that makes the archive, in the background.
JAVA_HOME=$jdk17 $okr "${args[@]}" >/dev/null 2>&1
bench/wait-archive.sh
report "okr status, JDK 17, AppCDS archive" env JAVA_HOME="$jdk17" $okr "${args[@]}"
# The same against a Hello started with the JVM options okr's launcher passes (C1 only, the
# serial collector, no performance-counter file, the same heap), so that what those options alone
# save is not counted to okr's credit.
read -r base subject ratio < <(bench/ratio.sh "$runs" -- "$jdk17/bin/java" -XX:TieredStopAtLevel=1 \
  -XX:+UseSerialGC -XX:-UsePerfData -Xss2m -Xmx512m -XX:MaxNewSize=32m -cp "$work" Hello \
  -- env JAVA_HOME="$jdk17" $okr "${args[@]}")
printf '%-40s %5s ms  %5.1fx   (java Hello, okr options: %s ms)\n' "okr status, archive, vs Hello alike" "$subject" "$ratio" "$base"
# Every run above after the first took the workspace's files from the cache of parsed files;
# these read and parse every file, as before the cache, and then the two alternated.
report "okr status, archive, OKR_NO_CACHE=1" env OKR_NO_CACHE=1 JAVA_HOME="$jdk17" $okr "${args[@]}"
read -r off warm ratio < <(bench/ratio.sh "$runs" -- env OKR_NO_CACHE=1 JAVA_HOME="$jdk17" $okr "${args[@]}" -- env JAVA_HOME="$jdk17" $okr "${args[@]}")
printf '%-40s %5s ms  %5.2fx   (OKR_NO_CACHE=1: %s ms)\n' "okr status, warm cache vs none" "$warm" "$ratio" "$off"
report "okr --version, JDK 17, AppCDS archive" env JAVA_HOME="$jdk17" $okr --version
if [ -x "$jdk25/bin/java" ]; then
  report "java Hello, JDK 25" "$jdk25/bin/java" -cp "$work" Hello
  report "okr status, JDK 25, no archive" env OKR_NO_ARCHIVE=1 JAVA_HOME="$jdk25" $okr "${args[@]}"
  rm -rf "$XDG_CACHE_HOME/okr"
  JAVA_HOME=$jdk25 $okr "${args[@]}" >/dev/null 2>&1
  bench/wait-archive.sh
  report "okr status, JDK 25, AOT cache" env JAVA_HOME="$jdk25" $okr "${args[@]}"
fi
