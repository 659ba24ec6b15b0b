# Writes the small deterministic inputs and the R peers' outputs that tests/Csp.Core.Tests compares against.
# Run from the repository root:  Rscript benchmarks/hotspots/peers/make-test-data.R
# Peers: R 4.2.2, KernSmooth 2.23-20, spatstat 3.0-3 (spatstat.explore 3.0-6), spdep 1.2-7 (Debian bookworm).
suppressMessages({ library(KernSmooth); library(spatstat); library(spdep) })
out <- "tests/Csp.Core.Tests/TestData"
w <- function(df, name) write.csv(df, file.path(out, name), row.names = FALSE, quote = FALSE)
num <- function(v) format(v, digits = 17, scientific = FALSE, trim = TRUE)

# --- points: 150 spread over a 1000 m x 800 m area plus a 50-point cluster, rounded to 1 cm -----------------
set.seed(20240601)
x <- c(runif(150, 15, 985), rnorm(50, 300, 40)); y <- c(runif(150, 15, 785), rnorm(50, 500, 30))
x <- round(pmin(pmax(x, 15), 985), 2); y <- round(pmin(pmax(y, 15), 785), 2)
w(data.frame(x = num(x), y = num(y)), "kde_points.csv")

# --- KernSmooth::bkde2D on the centres of the 20 m cells (50 columns x 40 rows) -----------------------------------
b <- bkde2D(cbind(x, y), bandwidth = c(60, 60), gridsize = c(50L, 40L), range.x = list(c(10, 990), c(10, 790)))
g <- expand.grid(column = 0:49, row = 0:39)  # column varies fastest: our cell order
g$fhat <- num(b$fhat[cbind(g$column + 1, g$row + 1)])
w(g, "kde_bkde2d_gaussian_h60.csv")

# --- spatstat density.ppp, no edge correction, same 20 m pixels; points moved to their pixel centres ------------
sx <- 10 + 20 * floor(x / 20); sy <- 10 + 20 * floor(y / 20)
w(data.frame(x = num(sx), y = num(sy)), "kde_points_on_centres.csv")
X <- ppp(sx, sy, window = owin(c(0, 1000), c(0, 800)))
for (k in list(list("gaussian", 60, "kde_spatstat_gaussian_sigma60.csv"),
               list("quartic", 100 / sqrt(8), "kde_spatstat_quartic_radius100.csv"))) {
  d <- density(X, sigma = k[[2]], kernel = k[[1]], edge = FALSE, dimyx = c(40, 50))
  g <- expand.grid(column = 0:49, row = 0:39)
  g$intensity <- num(d$v[cbind(g$row + 1, g$column + 1)])  # im: v[row = y index, col = x index]
  w(g, k[[3]])
}
bw <- bw.scott(ppp(x, y, window = owin(c(0, 1000), c(0, 800))), isotropic = TRUE)
w(data.frame(sigma = num(unname(bw))), "kde_spatstat_bw_scott.csv")

# --- spdep localG on the counts of those points in 100 m cells (10 columns x 8 rows) -----------------------------
cells <- expand.grid(column = 0:9, row = 0:7)
cells$count <- sapply(seq_len(nrow(cells)), function(i)
  sum(floor(x / 100) == cells$column[i] & floor(y / 100) == cells$row[i]))
coords <- cbind(50 + 100 * cells$column, 50 + 100 * cells$row)
queen <- include.self(dnearneigh(coords, 0, 100 * sqrt(2) * 1.0001))
rook <- include.self(dnearneigh(coords, 0, 100 * 1.0001))
cells$z_queen_binary <- num(as.numeric(localG(cells$count, nb2listw(queen, style = "B"))))
cells$z_rook_binary <- num(as.numeric(localG(cells$count, nb2listw(rook, style = "B"))))
cells$z_rook_rowstandardised <- num(as.numeric(localG(cells$count, nb2listw(rook, style = "W"))))
w(cells, "gistar_grid_counts.csv")

# --- p.adjust on the queen z-scores' two-sided p-values --------------------------------------------------------------
p <- 2 * pnorm(-abs(as.numeric(localG(cells$count, nb2listw(queen, style = "B")))))
w(data.frame(p = num(p), bh = num(p.adjust(p, "BH")), bonferroni = num(p.adjust(p, "bonferroni"))), "gistar_p_adjust.csv")
