"""
Reference values for the atlas's statistics (src/lib/analysis/statistik), computed with independent
software: PySAL's libpysal (weights from the polygons), esda (Moran's I, LISA, empirical-Bayes
smoothing), segregation (D, isolation, exposure, Theil's H) and statsmodels (Wilson and Newcombe
intervals, Benjamini-Hochberg and Bonferroni). Writes tests/fixtures/statistik/referenz.json.

Inputs: the district polygons static/data/kempten/stadtbezirke.geojson and the counts the app reads
(tests/fixtures/statistik/kempten-eingaben.json, written by scripts/referenz/eingaben.ts), plus
hand-made grids whose answers are known. See tests/fixtures/statistik/README.md.
Run: python3 scripts/referenz/statistik.py  (with esda, libpysal, segregation, statsmodels importable)
"""
import json
import math
import os
import warnings

import numpy as np
import pandas as pd
import geopandas as gpd
from shapely.geometry import box, shape

import libpysal
from libpysal.weights import Queen, Rook, KNN
import esda
from esda.smoothing import Empirical_Bayes, Spatial_Empirical_Bayes
from segregation.singlegroup import Dissim, Isolation, Entropy
from segregation.singlegroup import Interaction
from statsmodels.stats.proportion import proportion_confint, confint_proportions_2indep
from statsmodels.stats.multitest import multipletests

warnings.filterwarnings("ignore")
HIER = os.path.dirname(os.path.abspath(__file__))
WURZEL = os.path.join(HIER, "..", "..")
FIXTURES = os.path.join(WURZEL, "tests", "fixtures", "statistik")
PERMUTATIONEN = 999
SEED = 20211


def gewichte(gdf, art):
    if art == "queen":
        w = Queen.from_dataframe(gdf, use_index=False)
    elif art == "rook":
        w = Rook.from_dataframe(gdf, use_index=False)
    else:
        # The app's kNN works on centroids in a local equirectangular projection (metres).
        lat0 = math.radians(np.mean([c[1] for g in gdf.geometry for c in g.exterior.coords]))
        m = 6371008.8 * math.pi / 180
        pts = np.array([[c.x * m * math.cos(lat0), c.y * m] for c in gdf.geometry.centroid])
        w = KNN(pts, k=4)
    return w


def nachbarn(w, n):
    return [sorted(int(j) for j in w.neighbors[i]) for i in range(n)]


def moran(werte, w):
    w.transform = "r"
    y = np.asarray(werte, dtype=float)
    n = len(y)
    np.random.seed(SEED)
    g = esda.Moran(y, w, permutations=PERMUTATIONEN)
    lo = esda.Moran_Local(y, w, permutations=PERMUTATIONEN, seed=SEED, keep_simulations=False)
    quadrant = {1: "HH", 2: "LH", 3: "LL", 4: "HL"}
    return {
        "I": float(g.I),
        "EI": float(g.EI),
        "p_sim": float(g.p_sim),
        # esda scales local I by (n - 1) / Σz²; the app (Anselin 1995, GeoDa) by n / Σz².
        "lokal_I": [float(v) * n / (n - 1) for v in lo.Is],
        "lokal_p_sim": [float(v) for v in lo.p_sim],
        "quadrant": [quadrant[int(q)] for q in lo.q],
    }


def eb(zaehler, nenner, w):
    e = np.asarray(zaehler, dtype=float)
    b = np.asarray(nenner, dtype=float)
    glob = Empirical_Bayes(e, b).r.flatten()
    # GeoDa sets a negative moment estimate of the prior variance to 0 (then every rate becomes the
    # mean); esda's global smoother leaves it negative, its spatial one clips it as GeoDa does.
    rm = e.sum() / b.sum()
    var = (b * (e / b - rm) ** 2).sum() / b.sum() - rm / b.mean()
    if var < 0:
        glob = np.full_like(glob, rm)
    w.transform = "b"
    w.id_order = list(range(len(e)))
    raeumlich = Spatial_Empirical_Bayes(e, b, w).r.flatten()
    return {"global": [float(v) for v in glob], "raeumlich": [float(v) for v in raeumlich], "varianz_negativ": bool(var < 0)}


def segregation(gruppe, gesamt, mindest=0):
    df = pd.DataFrame({"g": gruppe, "t": gesamt})
    df = df[(df.t > 0) & (df.t >= mindest)].reset_index(drop=True)
    return {
        "D": 100 * float(Dissim(df, "g", "t").statistic),
        "isolation": 100 * float(Isolation(df, "g", "t").statistic),
        "exposition": 100 * float(Interaction(df, "g", "t").statistic),
        "H": 100 * float(Entropy(df, "g", "t").statistic),
        "bezirke": int(len(df)),
    }


def intervalle(zaehler, nenner):
    lo, hi = proportion_confint(zaehler, nenner, alpha=0.05, method="wilson")
    return [[float(a), float(b)] for a, b in zip(lo, hi)]


def differenzen(x1, n1, x2, n2):
    aus = []
    for a, b, c, d in zip(x1, n1, x2, n2):
        lo, hi = confint_proportions_2indep(a, b, c, d, method="newcomb", compare="diff", alpha=0.05)
        aus.append([float(lo), float(hi)])
    return aus


def korrekturen(p):
    return {
        "fdr": [float(v) for v in multipletests(p, method="fdr_bh")[1]],
        "bonferroni": [float(v) for v in multipletests(p, method="bonferroni")[1]],
    }


def gitter(nx, ny):
    return gpd.GeoDataFrame(geometry=[box(x, y, x + 1, y + 1) for y in range(ny) for x in range(nx)])


def feature(g):
    return {"type": "Feature", "properties": {}, "geometry": json.loads(gpd.GeoSeries([g]).to_json())["features"][0]["geometry"]}


def gitterfall(name, nx, ny, werte, art="rook"):
    gdf = gitter(nx, ny)
    w = gewichte(gdf, art)
    return {
        "name": name,
        "art": art,
        "flaechen": [feature(g) for g in gdf.geometry],
        "werte": werte,
        "nachbarn": nachbarn(w, len(gdf)),
        "moran": moran(werte, w),
    }


def main():
    # (a) Hand-made grids whose answers are known.
    schach = [((i % 4) + (i // 4)) % 2 for i in range(16)]
    haelften = [1.0 if (i % 4) < 2 else 0.0 for i in range(16)]
    gitterfaelle = [
        gitterfall("Schachbrett 4×4 (Rook): I = −1", 4, 4, schach, "rook"),
        gitterfall("Schachbrett 4×4 (Queen): negativ", 4, 4, schach, "queen"),
        gitterfall("Zwei Hälften 4×4 (Queen): positiv", 4, 4, haelften, "queen"),
    ]
    seg_gitter = {
        "vollstaendig": {"gruppe": [100, 100, 0, 0], "gesamt": [100, 100, 100, 100]},
        "gleichmaessig": {"gruppe": [25, 50, 10, 40], "gesamt": [100, 200, 40, 160]},
        "teilweise": {"gruppe": [80, 10, 30, 5, 0], "gesamt": [100, 100, 120, 90, 60]},
    }
    for v in seg_gitter.values():
        v["referenz"] = segregation(v["gruppe"], v["gesamt"])
    eb_gitter_gdf = gitter(3, 3)
    eb_gitter = {"zaehler": [2, 30, 5, 1, 40, 8, 0, 12, 20], "nenner": [20, 300, 40, 10, 500, 60, 15, 100, 150]}
    eb_gitter["nachbarn"] = nachbarn(gewichte(eb_gitter_gdf, "queen"), 9)
    eb_gitter["referenz"] = eb(eb_gitter["zaehler"], eb_gitter["nenner"], gewichte(eb_gitter_gdf, "queen"))
    eb_gleich = {"zaehler": [10, 20, 30, 10, 20, 30, 10, 20, 30], "nenner": [100, 200, 300, 100, 200, 300, 100, 200, 300]}
    eb_gleich["referenz"] = eb(eb_gleich["zaehler"], eb_gleich["nenner"], gewichte(eb_gitter_gdf, "queen"))
    intervall_fall = {"zaehler": [0, 1, 5, 50, 299, 300], "nenner": [10, 10, 300, 100, 300, 300]}
    intervall_fall["wilson"] = intervalle(intervall_fall["zaehler"], intervall_fall["nenner"])
    diff_fall = {"x1": [30, 12, 500, 0], "n1": [300, 100, 1000, 50], "x2": [20, 12, 430, 3], "n2": [310, 120, 1000, 60]}
    diff_fall["newcombe"] = differenzen(diff_fall["x1"], diff_fall["n1"], diff_fall["x2"], diff_fall["n2"])
    p_fall = {"p": [0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216]}
    p_fall.update(korrekturen(p_fall["p"]))

    # (b) The default data set: the app's counts, the schematic district polygons.
    with open(os.path.join(WURZEL, "static", "data", "kempten", "stadtbezirke.geojson")) as f:
        geo = json.load(f)
    with open(os.path.join(FIXTURES, "kempten-eingaben.json")) as f:
        eingaben = json.load(f)
    codes = eingaben["codes"]
    nach_code = {ft["properties"]["code"]: shape(ft["geometry"]) for ft in geo["features"]}
    gdf = gpd.GeoDataFrame({"code": codes}, geometry=[nach_code[c] for c in codes])
    n = len(codes)
    kempten = {"codes": codes, "nachbarn": {}, "moran": {}, "eb": {}, "segregation": {}, "wilson": {}, "newcombe": {}}
    t_letzt, t_erst = eingaben["stichtage"][-1], eingaben["stichtage"][0]
    for art in ("queen", "rook", "knn"):
        w = gewichte(gdf, art)
        kempten["nachbarn"][art] = nachbarn(w, n)
        rows = eingaben["werte"]["mh_anteil"][t_letzt]
        werte = [100 * r["zaehler"] / r["nenner"] for r in rows]
        kempten["moran"][art] = moran(werte, gewichte(gdf, art))
    for ind in ("mh_anteil", "flucht_anteil"):
        rows = eingaben["werte"][ind][t_letzt]
        kempten["eb"][ind] = eb([r["zaehler"] for r in rows], [r["nenner"] for r in rows], gewichte(gdf, "queen"))
        kempten["wilson"][ind] = intervalle([r["zaehler"] for r in rows], [r["nenner"] for r in rows])
        vor = eingaben["werte"][ind][t_erst]
        kempten["newcombe"][ind] = differenzen([r["zaehler"] for r in rows], [r["nenner"] for r in rows], [r["zaehler"] for r in vor], [r["nenner"] for r in vor])
    for ind in ("mh_anteil", "auslaender_anteil"):
        kempten["segregation"][ind] = {}
        for t in eingaben["stichtage"]:
            rows = eingaben["werte"][ind][t]
            kempten["segregation"][ind][t] = {
                "alle": segregation([r["zaehler"] for r in rows], [r["nenner"] for r in rows]),
                "ab500": segregation([r["zaehler"] for r in rows], [r["nenner"] for r in rows], 500),
            }

    aus = {
        "erzeugt_mit": {
            "esda": esda.__version__ if hasattr(esda, "__version__") else "?",
            "libpysal": libpysal.__version__ if hasattr(libpysal, "__version__") else "?",
            "permutationen": PERMUTATIONEN,
            "seed_numpy": SEED,
        },
        "gitter": gitterfaelle,
        "segregation_gitter": seg_gitter,
        "eb_gitter": eb_gitter,
        "eb_gleich": eb_gleich,
        "wilson": intervall_fall,
        "newcombe": diff_fall,
        "korrektur": p_fall,
        "kempten": kempten,
    }
    with open(os.path.join(FIXTURES, "referenz.json"), "w") as f:
        json.dump(aus, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("geschrieben:", os.path.join(FIXTURES, "referenz.json"))


if __name__ == "__main__":
    main()
