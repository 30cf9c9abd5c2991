#!/usr/bin/env bash
# Regenerates docs/screenshots: every page of the main window, the start screen, the playground and the export
# wizard, light and dark, at 1280x800 and 1920x1080. Needs xvfb-run (apt-get install -y xvfb libgtk-3-0).
# Usage: tools/screenshots/run.sh [out-dir] [tour-class ...]
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-docs/screenshots}"
shift || true
tours=("$@")
if [ ${#tours[@]} -eq 0 ]; then
  tours=(dev.stackbench.app.ui.StartScreenTour dev.stackbench.app.ui.main.MainWindowTour
         dev.stackbench.app.playground.ScreenshotTour dev.stackbench.app.ui.export.ExportWizardTour)
fi
# In one reactor run, so the sibling modules resolve to their target/classes (nothing is installed in ~/.m2).
mvn -q -pl app -am test-compile dependency:build-classpath -Dmdep.outputFile=target/tour.classpath \
  -Dmdep.includeScope=test
cp="app/target/test-classes:app/target/classes:$(cat app/target/tour.classpath)"
for size in 1280x800 1920x1080; do
  for theme in light dark; do
    for tour in "${tours[@]}"; do
      xvfb-run -a -s "-screen 0 ${size}x24" java -Dstackbench.theme="$theme" -Dstackbench.shot.size="$size" \
        -cp "$cp" "$tour" "$out/$size/$theme"
    done
  done
done
