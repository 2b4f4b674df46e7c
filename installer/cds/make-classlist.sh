#!/usr/bin/env bash
# Writes installer/cds/wa-contacts.classlist: the classes WA Contacts loads from launch until its
# window shows the first numbers, which the Linux package's postinst archives for class-data
# sharing. Run it again after a dependency or a large UI change (a stale list only makes the start
# a little slower: classes it misses are loaded as usual, names it lists that are gone are skipped).
# Needs a display or Xvfb, and the jar: mvn package -DskipTests. Usage: installer/cds/make-classlist.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
jar=$root/target/wa-contacts.jar
list=$root/installer/cds/wa-contacts.classlist
[[ -f $jar ]] || { echo "no $jar: run mvn package -DskipTests first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A data folder holding the sample list, so the window loads rows, the chart and the type marks.
java -jar "$jar" import "$root/assets/sample/contacts-sample.csv" --data-dir "$work/data" \
    --category-column Kategori >/dev/null
run() {
  java -XX:TieredStopAtLevel=1 -XX:DumpLoadedClassList="$list" -jar "$jar" --data-dir "$work/data" \
      >"$work/out.log" 2>&1 &
  local app=$!
  for _ in $(seq 1 300); do
    grep -q 'First numbers shown' "$work/data/logs/wa-contacts.log" 2>/dev/null && break
    sleep 0.1
  done
  sleep 2 # what the first seconds load after the first page: the listener, the type marks
  kill "$app"
  wait "$app" || true
}
if [[ -n ${DISPLAY:-} ]]; then
  run
else
  export -f run
  export jar list work
  xvfb-run -a -s '-screen 0 1366x768x24' bash -c run
fi
grep -q 'First numbers shown' "$work/data/logs/wa-contacts.log" || { echo "the window did not show its numbers" >&2; exit 1; }
echo "$(grep -vc '^#' "$list") classes listed in $list"
