#!/usr/bin/env bash
# Start-up of `okr status` on examples/acme as a ratio to a plain `java Hello` on JDK 17,
# all in one run so the machine's state is the same for each. Build first: ./mvnw -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
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
hello=$(bench/median.sh "$runs" "$jdk17/bin/java" -cp "$work" Hello)
report() { printf '%-44s %5s ms  %5.1fx\n' "$1" "$2" "$(echo "$2 / $hello" | bc -l)"; }
report "java Hello, JDK 17 (the floor)" "$hello"
report "okr status, JDK 17, no archive" "$(OKR_NO_ARCHIVE=1 JAVA_HOME=$jdk17 bench/median.sh "$runs" $okr "${args[@]}")"
JAVA_HOME=$jdk17 $okr "${args[@]}" >/dev/null 2>&1   # first run writes the archive
report "okr status, JDK 17, AppCDS archive" "$(JAVA_HOME=$jdk17 bench/median.sh "$runs" $okr "${args[@]}")"
if [ -x "$jdk25/bin/java" ]; then
  report "java Hello, JDK 25" "$(bench/median.sh "$runs" "$jdk25/bin/java" -cp "$work" Hello)"
  report "okr status, JDK 25, no archive" "$(OKR_NO_ARCHIVE=1 JAVA_HOME=$jdk25 bench/median.sh "$runs" $okr "${args[@]}")"
  JAVA_HOME=$jdk25 $okr "${args[@]}" >/dev/null 2>&1; sleep 2   # the AOT cache is written after the first run
  report "okr status, JDK 25, AOT cache" "$(JAVA_HOME=$jdk25 bench/median.sh "$runs" $okr "${args[@]}")"
fi
report "okr --version, JDK 17, AppCDS archive" "$(JAVA_HOME=$jdk17 bench/median.sh "$runs" $okr --version)"
