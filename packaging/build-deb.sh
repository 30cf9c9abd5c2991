#!/usr/bin/env bash
# Builds a Debian package with a desktop entry and menu icon. jpackage does not detect GTK, which JavaFX
# needs at run time, so the dependency is declared by hand.
source "$(dirname "$0")/common.sh"
rm -f "$out"/stackbench_*.deb
jpackage --type deb "${common_flags[@]}" \
  --linux-package-name stackbench --linux-package-deps libgtk-3-0 \
  --linux-shortcut --linux-menu-group Development --linux-app-category devel
ls -l "$out"/stackbench_*.deb >&2
