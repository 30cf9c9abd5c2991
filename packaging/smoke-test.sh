#!/usr/bin/env bash
# Starts the packaged launcher headless: --version, then lint on every template written with `new`.
# Run after build-app-image.sh; PackagedLauncherIT runs both in mvn verify (seconds on these machines).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
launcher="$root/packaging/target/stackbench/bin/stackbench"
[ -x "$launcher" ] || { echo "No $launcher: run packaging/build-app-image.sh first." >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$launcher" --version
for template in blog chat dashboard saas blank; do
  "$launcher" new --template "$template" --out "$work/$template.stackbench.json"
  set +e; "$launcher" lint "$work/$template.stackbench.json" > "$work/lint.txt"; code=$?; set -e
  [ "$code" -le 1 ] || { echo "lint $template exited $code" >&2; cat "$work/lint.txt" >&2; exit 1; }
  echo "lint $template: exit $code, $(wc -l < "$work/lint.txt") lines"
done
echo "packaged launcher OK"
