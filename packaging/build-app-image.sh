#!/usr/bin/env bash
# Builds a self-contained app image (launcher + trimmed JDK runtime) in packaging/target/stackbench.
source "$(dirname "$0")/common.sh"
rm -rf "$out/stackbench"
jpackage --type app-image "${common_flags[@]}"
echo "app image: $out/stackbench ($(du -sh "$out/stackbench" | cut -f1))" >&2
