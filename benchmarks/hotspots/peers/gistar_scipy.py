"""Vectorised Gi* with numpy and scipy on the grid counts file that `Csp.Benchmarks quick gistar-file` reads.

The same statistic as Csp.Core's GetisOrdGiStar.OnGrid: binary (2r+1)-square windows including the cell, cut off at
the grid's edge; z = (local sum - mean W) / sqrt(s^2 (n W - W^2) / (n - 1)), s^2 the population variance; two-sided
normal p-values; Benjamini-Hochberg as R's p.adjust; ArcGIS's 90/95/99% classes. The local sums are scipy's
uniform_filter (a running box sum along each axis, so its cost does not grow with the window) times the window's
cells, rounded back to whole counts; W is the outer product of the window's rows and columns inside the grid.

Usage: gistar_scipy.py <file> <radius> <runs>   (one warm-up, then <runs> timed runs of each variant)
File: int32 columns, int32 rows (little-endian), then columns x rows float64, row by row.
"""
import sys
import time

import numpy as np
from scipy import ndimage, special


def read(path):
    header = np.fromfile(path, dtype="<i4", count=2)
    columns, rows = int(header[0]), int(header[1])
    values = np.fromfile(path, dtype="<f8", offset=8)
    assert values.size == columns * rows
    return values.reshape(rows, columns)


def z_scores(x, r):
    n = x.size
    mean = x.mean()
    var = x.var()
    k = 2 * r + 1
    lag = np.rint(ndimage.uniform_filter(x, size=k, mode="constant") * (k * k))
    rows, columns = x.shape
    row_cells = np.minimum(np.arange(rows) + r, rows - 1) - np.maximum(np.arange(rows) - r, 0) + 1
    column_cells = np.minimum(np.arange(columns) + r, columns - 1) - np.maximum(np.arange(columns) - r, 0) + 1
    w = np.outer(row_cells, column_cells).astype(np.float64)
    v = var * (n * w - w * w) / (n - 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(v > 0, (lag - mean * w) / np.sqrt(v), 0.0)
    return z


def p_values(z):
    return special.erfc(np.abs(z) / np.sqrt(2.0))


def benjamini_hochberg(p):
    flat = p.ravel()
    m = flat.size
    order = np.argsort(flat, kind="stable")
    ranked = flat[order] * m / np.arange(1, m + 1)
    adjusted = np.minimum(1.0, np.minimum.accumulate(ranked[::-1])[::-1])
    out = np.empty(m)
    out[order] = adjusted
    return out.reshape(p.shape)


def classes(z, p):
    level = np.select([p <= 0.01, p <= 0.05, p <= 0.10], [3, 2, 1], 0)
    return (np.sign(z) * level).astype(np.int8)


def variant_z(x, r):
    return z_scores(x, r)


def variant_none(x, r):
    z = z_scores(x, r)
    p = p_values(z)
    return z, p, classes(z, p)


def variant_fdr(x, r):
    z = z_scores(x, r)
    p = p_values(z)
    adjusted = benjamini_hochberg(p)
    return z, p, adjusted, classes(z, adjusted)


def timed(name, label, runs, run):
    """Wall clock and this thread's CPU time of each run (numpy and scipy run these on one thread)."""
    result = run()
    seconds = []
    cpu = []
    for _ in range(runs):
        cpu_start = time.thread_time()
        start = time.perf_counter()
        result = run()
        seconds.append(time.perf_counter() - start)
        cpu.append(time.thread_time() - cpu_start)
    seconds.sort()
    cpu.sort()
    print(f"peer {name} {label}: median {median(seconds) * 1e3:.3f} ms, min {seconds[0] * 1e3:.3f}, max {seconds[-1] * 1e3:.3f} over {runs} runs after 1 warm-up; "
          f"cpu median {median(cpu) * 1e3:.3f} ms, min {cpu[0] * 1e3:.3f}, max {cpu[-1] * 1e3:.3f}")
    return result


def median(ordered):
    n = len(ordered)
    return ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2


def main():
    path, r, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    x = read(path)
    label = f"cells={x.size} ({x.shape[1]}x{x.shape[0]}) window={2 * r + 1}x{2 * r + 1}"
    z = timed("z", label, runs, lambda: variant_z(x, r))
    none = timed("z+p+classes", label, runs, lambda: variant_none(x, r))
    fdr = timed("z+p+fdr+classes", label, runs, lambda: variant_fdr(x, r))
    print(f"peer check: max z {z.max():.6f}, hot99 uncorrected {(none[2] == 3).sum()}, hot99 fdr {(fdr[3] == 3).sum()}")


if __name__ == "__main__":
    main()
