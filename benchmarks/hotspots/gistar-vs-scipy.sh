#!/usr/bin/env bash
# Gi* on the same grid counts: Csp.Core against a vectorised numpy/scipy Gi* (peers/gistar_scipy.py), both sides with one
# warm-up and the same number of timed runs, each figure the median with the range. Not run by the tests.
# Needs python3 with numpy and scipy (Debian: apt-get install -y python3-numpy python3-scipy).
# Usage: benchmarks/hotspots/gistar-vs-scipy.sh   (from the repository root; a few minutes)
# Environment: RUNS (21), RADII ("1 5": 3 x 3 and 11 x 11 windows), PYTHON (the first python3 with scipy).
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-21}; RADII=${RADII:-"1 5"}
if [ -z "${PYTHON:-}" ]; then
  for p in python3 /usr/bin/python3; do
    if "$p" -c 'import numpy, scipy' 2>/dev/null; then PYTHON=$p; break; fi
  done
fi
[ -n "${PYTHON:-}" ] || { echo "no python3 with numpy and scipy (apt-get install -y python3-numpy python3-scipy)" >&2; exit 1; }
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT

dotnet build -c Release benchmarks/Csp.Benchmarks -v quiet -nologo > /dev/null
OURS="dotnet benchmarks/Csp.Benchmarks/bin/Release/net10.0/Csp.Benchmarks.dll"
echo "== versions: $(dotnet --version | sed 's/^/.NET SDK /'); $("$PYTHON" -c 'import sys, numpy, scipy; print("Python", sys.version.split()[0], "numpy", numpy.__version__, "scipy", scipy.__version__)')"
echo "== grids (Kent: the bundled sample's twelve months of 2025, data/sample/police-uk/kent)"
$OURS export gistar-kent data/sample/police-uk/kent 2025 250 "$WORK/kent-250m.bin"
$OURS export gistar-kent data/sample/police-uk/kent 2025 100 "$WORK/kent-100m.bin"
$OURS export gistar-synthetic 1000 "$WORK/synthetic-1000.bin"

median() { sed -n "s/^$1 $2 .*: median \([0-9.]*\) ms.*/\1/p"; }
cpu() { sed -n "s/^$1 $2 .*; cpu median \([0-9.]*\) ms.*/\1/p"; }
echo "== load before: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min; 2 cores)"
for grid in kent-250m kent-100m synthetic-1000; do
  for radius in $RADII; do
    ours=$($OURS quick gistar-file "$WORK/$grid.bin" "$radius" "$RUNS")
    peer=$("$PYTHON" benchmarks/hotspots/peers/gistar_scipy.py "$WORK/$grid.bin" "$radius" "$RUNS")
    echo "-- $grid, radius $radius"
    echo "$ours"; echo "$peer"
    cells=$(echo "$ours" | sed -n 's/.* cells=\([0-9]*\) .*/\1/p' | head -1)
    # z-into-buffer: ours writing into a buffer it keeps between runs (no new 8-byte-a-cell array to page-fault in), against scipy's z.
    for what in z z-into-buffer z+p+classes z+p+fdr+classes; do
      peerWhat=$what; [ "$what" = z-into-buffer ] && peerWhat=z
      o=$(echo "$ours" | median ours "$what"); p=$(echo "$peer" | median peer "$peerWhat")
      oc=$(echo "$ours" | cpu ours "$what"); pc=$(echo "$peer" | cpu peer "$peerWhat")
      awk -v w="$what" -v o="$o" -v p="$p" -v oc="$oc" -v pc="$pc" -v n="$cells" 'BEGIN {
        limit = 8 * n / 22e9 * 1e3
        printf "   %-16s scipy / ours = %6.1fx wall, %6.1fx cpu (goal 10x); ours %7.3f ms wall, %7.3f ms cpu = %5.1fx, %5.1fx the memory-read limit (%.1f MB of counts at 22 GB/s = %.3f ms; goal 10x)\n", w, p / o, pc / oc, o, oc, o / limit, oc / limit, 8 * n / 1e6, limit }'
    done
  done
done
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
