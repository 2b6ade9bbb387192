"""The figures of the demo project: one plausible, mutually consistent series
per indicator, département and quarter (2023-T4 .. 2026-T3), Pays de la Loire.

Orders of magnitude follow the public figures of the région (France Travail
STMT, Cap emploi activity reports, Agefiph and MDPH annual reports); the
values themselves are invented. A fixed seed makes every run identical.
"""
import random

# (year, quarter), oldest first.
QUARTERS = [(2023, 4)] + [(y, q) for y in (2024, 2025) for q in (1, 2, 3, 4)] + [
    (2026, 1), (2026, 2), (2026, 3)]

# INSEE code, name as the official geography writes it.
DEPARTEMENTS = [
    ("44", "Loire-Atlantique"),
    ("49", "Maine-et-Loire"),
    ("53", "Mayenne"),
    ("72", "Sarthe"),
    ("85", "Vendée"),
]
CODES = [code for code, _ in DEPARTEMENTS]

SEED = 52  # the région's INSEE code; any fixed number would do


def _series(rng, base, trend, season, noise):
    """base * (1 + trend)^i * season[quarter] * (1 +- noise), one per quarter."""
    values = []
    for i, (_, q) in enumerate(QUARTERS):
        factor = (1 + trend) ** i * season[q - 1] * (1 + rng.uniform(-noise, noise))
        values.append(base * factor)
    return values


def _ints(values):
    return [int(round(v)) for v in values]


def build():
    """Returns {indicator code: {département code: [value per quarter]}}.

    Counts are ints, amounts floats with cents, delays floats with one
    decimal. Regional values are not stored: they are sums or weighted means
    computed by the writers that need them.
    """
    rng = random.Random(SEED)
    data = {}

    # France Travail, end-of-quarter stocks. Raw data: a little higher in Q1
    # and Q3 (end of contracts, young people in September), lower in Q2.
    defm_season = (1.012, 0.985, 1.010, 0.993)
    defm_base = {"44": 118400, "49": 71800, "53": 23900, "72": 54300, "85": 51700}
    deboe_share = {"44": 0.119, "49": 0.125, "53": 0.126, "72": 0.111, "85": 0.125}
    data["DEFM_ABC"] = {c: _ints(_series(rng, defm_base[c], 0.003, defm_season, 0.004))
                        for c in CODES}
    # DEBOE grows slowly (ageing, more RQTH): the share drifts up.
    data["DEBOE"] = {
        c: [int(round(v * deboe_share[c] * (1 + 0.0025 * i) * (1 + rng.uniform(-0.004, 0.004))))
            for i, v in enumerate(data["DEFM_ABC"][c])]
        for c in CODES}
    data["DEBOE_A"] = {
        c: [int(round(v * (0.565 + rng.uniform(-0.006, 0.006)))) for v in data["DEBOE"][c]]
        for c in CODES}
    seniority = {"44": 742.0, "49": 771.0, "53": 705.0, "72": 812.0, "85": 738.0}
    data["ANCIENNETE_DEBOE"] = {
        c: [round(v, 1) for v in _series(rng, seniority[c], 0.002, (1, 1, 1, 1), 0.01)]
        for c in CODES}

    # Cap emploi: fewer placements in summer, more at year end.
    ce_season = (1.00, 1.05, 0.84, 1.11)
    placements = {"44": 455, "49": 302, "53": 112, "72": 218, "85": 243}
    maintiens = {"44": 178, "49": 131, "53": 46, "72": 88, "85": 101}
    data["PLACEMENTS_CE"] = {c: _ints(_series(rng, placements[c], 0.010, ce_season, 0.05))
                             for c in CODES}
    data["MAINTIENS_CE"] = {c: _ints(_series(rng, maintiens[c], 0.015, (1.0, 1.0, 0.9, 1.1), 0.07))
                            for c in CODES}

    # Agefiph: a shrinking budget, aids of 1,200 to 1,500 EUR on average.
    aides = {"44": 1046, "49": 688, "53": 214, "72": 433, "85": 468}
    mean_aid = {"44": 1415.0, "49": 1342.0, "53": 1288.0, "72": 1301.0, "85": 1356.0}
    data["AIDES_AGEFIPH"] = {c: _ints(_series(rng, aides[c], -0.005, (1.10, 1.00, 0.85, 1.05), 0.05))
                             for c in CODES}
    data["MONTANT_AIDES"] = {
        c: [round(n * mean_aid[c] * (1 + rng.uniform(-0.06, 0.06)), 2) for n in data["AIDES_AGEFIPH"][c]]
        for c in CODES}

    # Assurance Maladie PDP: Mayenne's cell is new and ramps up, so its
    # retention counts stay small (under 11: secret once published).
    signal = {"44": 428, "49": 262, "53": 24, "72": 187, "85": 209}
    signal_trend = {"44": 0.012, "49": 0.012, "53": 0.065, "72": 0.012, "85": 0.012}
    retention = {"44": 0.36, "49": 0.38, "53": 0.31, "72": 0.33, "85": 0.37}
    data["SIGNALEMENTS_PDP"] = {
        c: _ints(_series(rng, signal[c], signal_trend[c], (1.02, 1.0, 0.88, 1.08), 0.05)) for c in CODES}
    data["MAINTIENS_PDP"] = {
        c: [int(round(s * retention[c] * (1 + rng.uniform(-0.08, 0.08)))) for s in data["SIGNALEMENTS_PDP"][c]]
        for c in CODES}

    # MDPH: RQTH requests and grants; grants follow requests with a lag.
    demandes = {"44": 2905, "49": 1648, "53": 603, "72": 1152, "85": 1409}
    delai = {"44": 138.0, "49": 106.0, "53": 93.0, "72": 161.0, "85": 119.0}
    data["RQTH_DEMANDES"] = {c: _ints(_series(rng, demandes[c], 0.006, (1.04, 1.02, 0.90, 1.04), 0.04))
                             for c in CODES}
    data["RQTH_ACCORDS"] = {}
    for c in CODES:
        d = data["RQTH_DEMANDES"][c]
        data["RQTH_ACCORDS"][c] = [int(round((0.5 * d[i] + 0.5 * d[max(i - 1, 0)]) * (0.86 + rng.uniform(-0.02, 0.02))))
                                   for i in range(len(d))]
    data["DELAI_RQTH"] = {c: [round(v, 1) for v in _series(rng, delai[c], -0.008, (1.0, 1.03, 1.06, 0.97), 0.03)]
                          for c in CODES}
    return data


def regional_sum(series_by_dep, i):
    return sum(series_by_dep[c][i] for c in CODES)


def regional_weighted_mean(values_by_dep, weights_by_dep, i):
    total = sum(weights_by_dep[c][i] for c in CODES)
    return sum(values_by_dep[c][i] * weights_by_dep[c][i] for c in CODES) / total
