#!/usr/bin/env bash
# Times the R peers and Csp.Core on the same synthetic data and prints the ratios (peer time / our time).
# Not run by the tests. Needs R with NearRepeat (wsteenbeek/NearRepeat, installed with R CMD INSTALL),
# KernSmooth, spatstat and spdep, e.g. on Debian:
#   apt-get install -y r-base-core r-cran-kernsmooth r-cran-spatstat r-cran-spdep r-cran-future.apply r-cran-progressr r-cran-ggplot2
# Usage: benchmarks/hotspots/run-peers.sh   (from the repository root; about 5 minutes)
# Environment: KNOX_N (5000), KNOX_NREP_R (99: R's NearRepeat takes about 1 s per permutation at 5,000 incidents),
#              KDE_N (1000000), KDE_SIDE (1024), KDE_SIGMA (250 m), GISTAR_SIDE (500: spdep needs minutes for 1000).
set -euo pipefail
cd "$(dirname "$0")/../.."
KNOX_N=${KNOX_N:-5000}; KNOX_NREP_R=${KNOX_NREP_R:-99}
KDE_N=${KDE_N:-1000000}; KDE_SIDE=${KDE_SIDE:-1024}; KDE_SIGMA=${KDE_SIGMA:-250}
GISTAR_SIDE=${GISTAR_SIDE:-500}
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT

dotnet build -c Release benchmarks/Csp.Benchmarks -v quiet -nologo > /dev/null
OURS="dotnet benchmarks/Csp.Benchmarks/bin/Release/net10.0/Csp.Benchmarks.dll"
$OURS export incidents "$KNOX_N" "$WORK/incidents.csv"
$OURS export points "$KDE_N" "$WORK/points.csv"

seconds() { sed -n 's/.*: \([0-9.]*\) s,.*/\1/p' | head -1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1fx\n", a / b }'; }

echo "== versions"
Rscript -e 'cat(R.version.string, "| NearRepeat", format(packageVersion("NearRepeat")), "| KernSmooth", format(packageVersion("KernSmooth")), "| spatstat.explore", format(packageVersion("spatstat.explore")), "| spdep", format(packageVersion("spdep")), "\n")'
dotnet --version | sed 's/^/.NET SDK /'

echo "== Knox test: $KNOX_N incidents, bands {0,1,101,201,301,401,Inf} m x {0,8,15,22,29,Inf} days, Manhattan"
R_KNOX=$(Rscript -e "
  suppressMessages({ library(NearRepeat); library(future) }); plan(multicore, workers = 2)
  d <- read.csv('$WORK/incidents.csv', header = FALSE, col.names = c('X', 'Y', 'date')); d\$date <- as.Date(d\$date)
  set.seed(1)
  t <- system.time(NearRepeat(x = d\$X, y = d\$Y, time = d\$date, sds = c(0,1,101,201,301,401,Inf),
                              tds = c(0,8,15,22,29,Inf), method = 'manhattan', nrep = $KNOX_NREP_R))['elapsed']
  cat(t)" 2>/dev/null)
echo "peer  NearRepeat(nrep = $KNOX_NREP_R, 2 workers): $R_KNOX s"
OUR_KNOX_SAME=$($OURS quick knox "$KNOX_N" "$KNOX_NREP_R" | tee /dev/stderr | seconds)
OUR_KNOX_999=$($OURS quick knox "$KNOX_N" 999 | tee /dev/stderr | seconds)
echo "ratio NearRepeat / ours at $KNOX_NREP_R permutations: $(ratio "$R_KNOX" "$OUR_KNOX_SAME");" \
     "NearRepeat extrapolated to 999 / ours at 999: $(awk -v a="$R_KNOX" -v n="$KNOX_NREP_R" -v b="$OUR_KNOX_999" 'BEGIN { printf "%.0fx", a * 999 / n / b }')"

echo "== Kernel density: $KDE_N points, ${KDE_SIDE}x${KDE_SIDE} grid over 25 km, Gaussian sigma $KDE_SIGMA m"
R_KDE=$(Rscript -e "
  suppressMessages({ library(KernSmooth); library(spatstat) })
  p <- as.matrix(read.csv('$WORK/points.csv', header = FALSE)); cell <- 25000 / $KDE_SIDE
  centres <- c(cell / 2, 25000 - cell / 2)
  t1 <- system.time(bkde2D(p, bandwidth = $KDE_SIGMA, gridsize = c($KDE_SIDE, $KDE_SIDE), range.x = list(centres, centres)))['elapsed']
  X <- ppp(p[, 1], p[, 2], window = owin(c(0, 25000), c(0, 25000)))
  t2 <- system.time(density(X, sigma = $KDE_SIGMA, edge = FALSE, dimyx = c($KDE_SIDE, $KDE_SIDE)))['elapsed']
  t3 <- system.time(density(X, sigma = $KDE_SIGMA, kernel = 'quartic', edge = FALSE, dimyx = c($KDE_SIDE, $KDE_SIDE)))['elapsed']
  cat(t1, t2, t3)" 2>/dev/null)
read -r R_BKDE R_SPAT R_SPATQ <<< "$R_KDE"
echo "peer  KernSmooth bkde2D: $R_BKDE s; spatstat density.ppp gaussian: $R_SPAT s; quartic: $R_SPATQ s"
OUR_KDE=$($OURS quick kde "$KDE_N" "$KDE_SIDE" gaussian "$KDE_SIGMA" | tee /dev/stderr | seconds)
QUARTIC_RADIUS=$(awk -v s="$KDE_SIGMA" 'BEGIN { print s * sqrt(8) }')
OUR_KDEQ=$($OURS quick kde "$KDE_N" "$KDE_SIDE" quartic "$QUARTIC_RADIUS" | tee /dev/stderr | seconds)
echo "ratio bkde2D / ours: $(ratio "$R_BKDE" "$OUR_KDE"); density.ppp / ours: $(ratio "$R_SPAT" "$OUR_KDE"); quartic density.ppp / ours: $(ratio "$R_SPATQ" "$OUR_KDEQ")"

echo "== Getis-Ord Gi*: ${GISTAR_SIDE}x${GISTAR_SIDE} cells, 3x3 binary neighbourhood including the cell"
R_GI=$(Rscript -e "
  suppressMessages(library(spdep)); set.seed(1); x <- rpois($GISTAR_SIDE^2, 2)
  nb <- include.self(cell2nb($GISTAR_SIDE, $GISTAR_SIDE, type = 'queen')); lw <- nb2listw(nb, style = 'B')
  cat(system.time(localG(x, lw))['elapsed'])" 2>/dev/null)
echo "peer  spdep localG (weights built beforehand, not timed): $R_GI s"
OUR_GI=$($OURS quick gistar "$GISTAR_SIDE" | tee /dev/stderr | seconds)
echo "ratio localG / ours (z-scores): $(ratio "$R_GI" "$OUR_GI")"
