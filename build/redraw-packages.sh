#!/usr/bin/env bash
# Redraws docs/design/packages.md's picture from the code: runs PackageDiagramTest and takes the block it prints.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -pl rivulet-core verify -Dspotless.skip -Dcheckstyle.skip -Dtest=PackageDiagramTest \
  -Dsurefire.failIfNoSpecifiedTests=false >/dev/null 2>&1 || true
python3 - <<'PY'
import re
report = open('rivulet-core/target/surefire-reports/io.rivulet.architecture.PackageDiagramTest.txt').read()
marker = "with this block:\n"
if marker not in report:
    print("the picture is up to date")
    raise SystemExit
start = report.index(marker) + len(marker)
end = report.index("```\n", report.index("graph BT", start)) + 4
block = report[start:end]
doc = open('docs/design/packages.md').read()
a = doc.index("```mermaid\n")
b = doc.index("```\n", a + 11) + 4
open('docs/design/packages.md', 'w').write(doc[:a] + block + doc[b:])
print("redrawn")
PY
