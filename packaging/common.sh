# Shared settings for the jpackage scripts (sourced, not run). Flags measured in NOTES-toolchain:
# the fat jar needs only these JDK modules; the jlink options cut the runtime image to about a third.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/app/target/stackbench.jar"
out="$root/packaging/target"
version="$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' "$root/pom.xml" | head -1)"
if [ ! -f "$jar" ]; then
  echo "No $jar: build it first with 'mvn -B package -DskipTests' (or run ./stackbench once)." >&2
  exit 2
fi
input="$(mktemp -d)"
trap 'rm -rf "$input"' EXIT
cp "$jar" "$input/"
common_flags=(
  --name stackbench --app-version "$version" --vendor Stackbench
  --description "Model a backend, run it live, and export a production project"
  --input "$input" --main-jar stackbench.jar --main-class dev.stackbench.app.Main
  --icon "$root/icons/stackbench-512.png"
  --add-modules java.base,java.desktop,java.sql,jdk.jfr,jdk.unsupported,java.logging,java.net.http,jdk.crypto.ec
  --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands"
  --dest "$out"
)
mkdir -p "$out"
