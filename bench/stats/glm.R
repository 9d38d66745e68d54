# R's side of the equity benchmark: read the generated pupils file, fit the two models of
# shared/fixtures/equity/make.R, time each step and write the adjusted model's coefficients.
# Usage: Rscript bench/stats/glm.R PUPILS_CSV OUT_CSV
args <- commandArgs(TRUE)
# Wall and CPU (user + system) seconds since the start, as a pair.
now <- function() { p <- proc.time(); c(p[["elapsed"]], p[["user.self"]] + p[["sys.self"]]) }
t0 <- now()
d <- read.csv(args[1])
t1 <- now()
d$geslacht <- factor(d$geslacht, levels = c("m", "v"))
d$opleiding_ouders <- factor(d$opleiding_ouders, levels = c("laag", "midden", "hoog"))
d$thuistaal <- factor(d$thuistaal, levels = c("nl", "anders"))
raw <- glm(deelname ~ geslacht + opleiding_ouders + thuistaal, family = binomial, data = d)
sr <- summary(raw)$coefficients
t2 <- now()
adj <- glm(deelname ~ geslacht + opleiding_ouders + thuistaal + lvs + uitdaging_tekort, family = binomial, data = d)
sa <- summary(adj)$coefficients
t3 <- now()
write.csv(rbind(data.frame(model = "unadjusted", term = rownames(sr), estimate = sr[, 1], se = sr[, 2]),
                data.frame(model = "adjusted", term = rownames(sa), estimate = sa[, 1], se = sa[, 2])),
          args[2], row.names = FALSE)
step <- function(a, b) sprintf('{"wall": %.3f, "cpu": %.3f}', b[1] - a[1], b[2] - a[2])
cat(sprintf('{"read": %s, "unadjusted": %s, "adjusted": %s}\n', step(t0, t1), step(t1, t2), step(t2, t3)))
