#!/usr/bin/env Rscript
# Independent R/deSolve peer of the default LDN Workbench pipeline.
#
#   dosing -> pk (naltrexone) -> receptor (mu) -> rebound -> inflammation (glia)
#   (pk.Cntx is also wired into inflammation)
#
# Thirteen states, equations and defaults exactly as in the model specification
# (MODELS.md, sections 1-5):
#   gut, central, peripheral, naltrexol (mg); CeNtx, CeNtxol (ng/mL);
#   M, E, R (relative); A (fraction), TNF, IL6, IL1b (relative).
#
# Oral doses are discrete events. Integration is piecewise with deSolve::lsoda:
# the solver is restarted at every dose time (tcrit = segment end, so no step
# crosses a dose), and the gut amount jumps by the dose. Outputs are
# right-continuous: a grid point at a dose time shows the post-dose state.
#
# Usage (same options as ldn_pipeline.py):
#   Rscript ldn_pipeline.R --amount 4.5 --first-dose 22 --interval 24 --count 56 \
#       --end 1344 --step 0.1 --preset pet-calibrated --rtol 1e-10 --atol 1e-12 \
#       --out r.csv [--time-repeats 3] [--start 0] [--set NAME=VALUE ...]

suppressPackageStartupMessages(library(deSolve))

DEFAULTS <- list(
  # pk
  ka = 3.0, F = 0.40, CL = 210, Vc = 1000, Q = 4.0, Vp = 400,
  fmSystemic = 0.80, fmFirstPass = 0.80, CLm = 14, Vm = 240,
  # receptor (pet-calibrated preset, the default)
  ke0 = 0.0591, EC50ntx = 0.650, EC50ntxol = 13.5,
  # rebound
  kM = 0.01, kE = 0.05, kR = 0.01, gE = 1.5, gR = 1.0, KE = 1.0,
  # inflammation
  drive = 1.0, kAct = 0.05, kDeact = 0.05, IC50 = 10, n = 1.0, Imax = 1.0,
  tissuePartition = 1.0, eOpioid = 0.5, kTnf = 0.85, kIl6 = 0.14, kIl1b = 0.28
)

PRESETS <- list(
  "pet-calibrated"    = list(ke0 = 0.0591, EC50ntx = 0.650, EC50ntxol = 13.5),
  "rapid-equilibrium" = list(ke0 = 3.0, EC50ntx = 1.8, EC50ntxol = 60)
)

MW_NTX <- 341.4
MW_NTXOL <- 343.4
FREE_FRACTION <- 0.79
TIME_EPS <- 1e-9   # two times this close (relative to max(1,|t|)) are the same instant

COLUMNS <- c("time", "pk.Cntx", "pk.Cntxol", "receptor.occupancy", "rebound.signaling",
             "rebound.endogenousTone", "rebound.receptorDensity",
             "inflammation.glialActivation", "inflammation.tnf", "inflammation.il6",
             "inflammation.il1b", "inflammation.tlr4Inhibition")

make_params <- function(preset = "pet-calibrated", overrides = list()) {
  if (is.null(PRESETS[[preset]])) stop("unknown preset: ", preset)
  p <- modifyList(DEFAULTS, PRESETS[[preset]])
  for (k in names(overrides)) {
    if (is.null(p[[k]])) stop("unknown parameter: ", k)
    p[[k]] <- as.numeric(overrides[[k]])
  }
  p
}

baseline_A <- function(p) {
  ad <- p$kAct * p$drive
  ad / (ad + p$kDeact)
}

initial_state <- function(p) {
  c(gut = 0, central = 0, peripheral = 0, naltrexol = 0, CeNtx = 0, CeNtxol = 0,
    M = 1, E = 1, R = 1, A = baseline_A(p), TNF = 1, IL6 = 1, IL1b = 1)
}

# Right-hand side with parameters bound as local variables (closure).
make_rhs <- function(p) {
  ka <- p$ka; F <- p$F; Vc <- p$Vc; Vm <- p$Vm
  k10 <- p$CL / p$Vc; k12 <- p$Q / p$Vc; k21 <- p$Q / p$Vp; kmet <- p$CLm / p$Vm
  fmS <- p$fmSystemic; fmF <- p$fmFirstPass; mwr <- MW_NTXOL / MW_NTX
  ke0 <- p$ke0; ec1 <- p$EC50ntx; ec2 <- p$EC50ntxol
  kM <- p$kM; kE <- p$kE; kR <- p$kR; gE <- p$gE; gR <- p$gR; KE <- p$KE
  eKE <- 1 + KE
  kAd <- p$kAct * p$drive; kDeact <- p$kDeact; A0 <- baseline_A(p)
  cu <- p$tissuePartition * FREE_FRACTION / MW_NTX
  nH <- p$n; IC50n <- p$IC50^p$n; Imax <- p$Imax; eOp <- p$eOpioid
  kT <- p$kTnf; k6 <- p$kIl6; k1 <- p$kIl1b
  function(t, y, parms) {
    absorb <- ka * y[1]
    cntx <- 1000 * y[2] / Vc
    cntxol <- 1000 * y[4] / Vm
    x <- y[5] / ec1 + y[6] / ec2
    occ <- x / (1 + x)
    S <- y[9] * (1 - occ) * y[8] * eKE / (y[8] + KE)
    cf <- cu * cntx
    inh <- if (cf > 0) { cn <- cf^nH; Imax * cn / (IC50n + cn) } else 0
    rA <- y[10] / A0
    list(c(
      -absorb,
      F * absorb - (k10 + k12) * y[2] + k21 * y[3],
      k12 * y[2] - k21 * y[3],
      (fmF * (1 - F) * absorb + fmS * k10 * y[2]) * mwr - kmet * y[4],
      ke0 * (cntx - y[5]),
      ke0 * (cntxol - y[6]),
      kM * (S - y[7]),
      kE * (exp(gE * (1 - y[7])) - y[8]),
      kR * (exp(gR * (1 - y[7])) - y[9]),
      kAd * (1 - inh) * exp(-eOp * (S - 1)) * (1 - y[10]) - kDeact * y[10],
      kT * (rA - y[11]),
      k6 * (rA - y[12]),
      k1 * (rA - y[13])
    ))
  }
}

# Observed outputs from a state matrix Y (rows = time points, 13 columns).
outputs <- function(p, Y) {
  cntx <- 1000 * Y[, 2] / p$Vc
  cntxol <- 1000 * Y[, 4] / p$Vm
  x <- Y[, 5] / p$EC50ntx + Y[, 6] / p$EC50ntxol
  occ <- x / (1 + x)
  E <- Y[, 8]; R <- Y[, 9]
  S <- R * (1 - occ) * E * (1 + p$KE) / (E + p$KE)
  cf <- pmax(p$tissuePartition * FREE_FRACTION * cntx / MW_NTX, 0)
  cn <- cf^p$n
  inh <- p$Imax * cn / (p$IC50^p$n + cn)
  cbind(cntx, cntxol, occ, S, E, R, Y[, 10] / baseline_A(p), Y[, 11], Y[, 12], Y[, 13], inh)
}

same_time <- function(a, b) abs(a - b) <= TIME_EPS * max(1, abs(a), abs(b))

regimen <- function(amount, first_dose, interval, count) {
  k <- seq_len(count) - 1
  data.frame(time = first_dose + k * interval, amount = rep(amount, count))
}

# Sorted dose events inside [start, end], same-instant doses merged.
dose_events <- function(doses, start, end) {
  doses <- doses[order(doses$time), , drop = FALSE]
  tt <- numeric(0); aa <- numeric(0)
  for (r in seq_len(nrow(doses))) {
    t <- doses$time[r]; a <- doses$amount[r]
    if (t < start && !same_time(t, start)) next
    if (t > end && !same_time(t, end)) next
    if (length(tt) > 0 && same_time(tt[length(tt)], t)) {
      aa[length(aa)] <- aa[length(aa)] + a
    } else {
      tt <- c(tt, t); aa <- c(aa, a)
    }
  }
  list(time = tt, amount = aa)
}

make_grid <- function(start, end, step) {
  n <- floor((end - start) / step + 1e-9)
  grid <- start + step * (0:n)
  if (same_time(grid[length(grid)], end)) grid[length(grid)] <- end
  grid
}

# Piecewise simulation; returns list(time = grid, Y = state matrix (n x 13)).
simulate <- function(p, doses, start, end, step, rtol = 1e-10, atol = 1e-12) {
  grid <- make_grid(start, end, step)
  ng <- length(grid)
  Y <- matrix(NA_real_, nrow = ng, ncol = 13)
  rhs <- make_rhs(p)
  y <- initial_state(p)
  ev <- dose_events(doses, start, end)
  bt <- c(ev$time, end)
  ba <- c(ev$amount, NA)
  t <- start
  i <- 1  # next grid index to fill
  for (b in seq_along(bt)) {
    td <- bt[b]; amt <- ba[b]; last <- is.na(amt)
    if (same_time(td, t)) td <- t
    if (i <= ng && same_time(grid[i], t)) grid[i] <- t
    # grid points belonging to [t, td) (or [t, td] on the last segment)
    j <- i
    while (j <= ng && (last || (grid[j] < td && !same_time(grid[j], td)))) j <- j + 1
    idx <- if (j > i) i:(j - 1) else integer(0)
    if (td > t) {
      te <- pmin(pmax(grid[idx], t), td)
      inner <- te[te > t & te < td]
      times <- c(t, inner, td)
      out <- lsoda(y, times, rhs, parms = NULL, rtol = rtol, atol = atol, tcrit = td)
      if (attr(out, "istate")[1] < 0) stop(sprintf("lsoda failed on [%g, %g]", t, td))
      S <- out[, -1, drop = FALSE]
      if (length(idx) > 0) Y[idx, ] <- S[match(te, times), ]
      y <- S[nrow(S), ]
      names(y) <- names(initial_state(p))
    } else if (length(idx) > 0) {
      Y[idx, ] <- matrix(y, nrow = length(idx), ncol = 13, byrow = TRUE)
    }
    i <- j
    if (!last) y[1] <- y[1] + amt
    t <- td
  }
  list(time = grid, Y = Y)
}

write_csv <- function(path, p, res) {
  O <- outputs(p, res$Y)
  tcol <- formatC(round(res$time, 9), digits = 15, format = "g")
  tcol <- trimws(tcol)
  body <- cbind(tcol, matrix(sprintf("%.17g", O), nrow = nrow(O)))
  con <- file(path, "w")
  writeLines(paste(COLUMNS, collapse = ","), con)
  writeLines(apply(body, 1, paste, collapse = ","), con)
  close(con)
}

parse_args <- function(args) {
  o <- list(amount = 4.5, first_dose = 22, interval = 24, count = 56, start = 0,
            end = 1344, step = 0.1, preset = "pet-calibrated", rtol = 1e-10,
            atol = 1e-12, out = NULL, time_repeats = 0, set = list())
  num <- c("--amount" = "amount", "--first-dose" = "first_dose", "--interval" = "interval",
           "--count" = "count", "--start" = "start", "--end" = "end", "--step" = "step",
           "--rtol" = "rtol", "--atol" = "atol", "--time-repeats" = "time_repeats")
  k <- 1
  while (k <= length(args)) {
    a <- args[k]
    if (a %in% c("-h", "--help")) {
      cat("usage: ldn_pipeline.R [--amount MG] [--first-dose H] [--interval H] [--count N]",
          "[--start H] [--end H] [--step H] [--preset pet-calibrated|rapid-equilibrium]",
          "[--rtol R] [--atol A] [--set NAME=VALUE]... [--out FILE.csv] [--time-repeats N]\n")
      quit(status = 0)
    }
    if (k == length(args)) stop("missing value for ", a)
    v <- args[k + 1]
    if (a %in% names(num)) {
      o[[num[[a]]]] <- as.numeric(v)
    } else if (a == "--preset") {
      o$preset <- v
    } else if (a == "--out") {
      o$out <- v
    } else if (a == "--set") {
      kv <- strsplit(v, "=", fixed = TRUE)[[1]]
      o$set[[kv[1]]] <- as.numeric(kv[2])
    } else {
      stop("unknown option: ", a)
    }
    k <- k + 2
  }
  o
}

main <- function(args = commandArgs(trailingOnly = TRUE)) {
  o <- parse_args(args)
  p <- make_params(o$preset, o$set)
  doses <- regimen(o$amount, o$first_dose, o$interval, o$count)
  run <- function() simulate(p, doses, o$start, o$end, o$step, o$rtol, o$atol)
  res <- run()  # also the warm-up run when timing
  if (!is.null(o$out)) write_csv(o$out, p, res)
  if (o$time_repeats > 0) {
    times <- numeric(o$time_repeats)
    for (r in seq_len(o$time_repeats)) {
      t0 <- proc.time()[["elapsed"]]
      run()
      times[r] <- proc.time()[["elapsed"]] - t0
    }
    cat(sprintf("seconds_per_simulation=%.6g\n", median(times)))  # median, as ldnwb bench reports
  }
  invisible(0)
}

if (sys.nframe() == 0L) main()
