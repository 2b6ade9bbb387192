#!/usr/bin/env python3
"""Writes a small hand-made site into OUT_DIR/site-fixture/, shaped like the
pages `prith build` writes (docs/urls: the same paths, relative links, a CSP
without inline script). The browser tests and the link checker run on it
until a test project's real site is built in their place; the link checker's
own test also breaks copies of it on purpose. Deterministic: same bytes.
"""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))

CSP = ("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
       "img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; "
       "form-action 'self'")

DEPARTEMENTS = [("44", "Loire-Atlantique", 6120), ("49", "Maine-et-Loire", 3980),
                ("53", "Mayenne", 1210), ("72", "Sarthe", 2870), ("85", "Vendée", 2450)]


def page(depth, title, body, scripts=()):
    up = "../" * depth
    script_tags = "".join(f'\n<script src="{up}{s}" defer></script>' for s in scripts)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<title>{title} — PRITH Pays de la Loire</title>
<link rel="icon" href="{up}assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="{up}assets/css/site.css">
<link rel="stylesheet" href="{up}assets/css/impression.css" media="print">{script_tags}
</head>
<body>
<a class="evitement" href="#contenu">Aller au contenu</a>
<header role="banner" data-pagefind-ignore="all">
<p class="marque"><a href="{up}index.html">PRITH Pays de la Loire</a></p>
<nav aria-label="Menu principal"><ul>
<li><a href="{up}territoires/region-52.html">Région</a></li>
<li><a href="{up}indicateurs/DEFM_TH.html">Indicateurs</a></li>
<li><a href="{up}donnees.html">Données</a></li>
<li><a href="{up}recherche.html">Rechercher</a></li>
</ul></nav>
</header>
<main id="contenu" tabindex="-1" data-pagefind-body>
<h1>{title}</h1>
{body}
</main>
<footer role="contentinfo" data-pagefind-ignore="all"><ul>
<li><a href="{up}plan-du-site.html">Plan du site</a></li>
<li><a href="{up}accessibilite.html">Accessibilité : partiellement conforme</a></li>
<li><a href="{up}mentions-legales.html">Mentions légales</a></li>
<li><a href="{up}methodologie.html">Méthodologie</a></li>
</ul></footer>
</body>
</html>
"""


def chart(slug, n, name, values):
    width, height = 640, 240
    bars = []
    top = max(v for _, v in values)
    for i, (label, value) in enumerate(values):
        h = int(180 * value / top)
        x = 60 + i * 110
        bars.append(f'<rect x="{x}" y="{200 - h}" width="70" height="{h}" fill="#000091"/>'
                    f'<text x="{x + 35}" y="220" text-anchor="middle" font-size="12">{label}</text>')
    return (f'<figure id="graphique-{n}">\n'
            f'<svg role="img" aria-labelledby="graphique-{n}-titre" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}"><title id="graphique-{n}-titre">{name}</title>'
            + "".join(bars) + '</svg>\n'
            f'<figcaption>{name}. <a href="../graphiques/{slug}-{n}.png" download>Image PNG</a></figcaption>\n'
            '</figure>')


def table(slug, n, caption, rows, depth=1):
    up = "../" * depth
    body = "".join(f'<tr><th scope="row"><a href="{up}territoires/departement-{c}.html">{name}</a></th>'
                   f'<td>{value:,}'.replace(",", "\u202f") + "</td></tr>\n" for c, name, value in rows)
    return (f'<div class="tableau" id="tableau-{n}"><table>\n<caption>{caption}</caption>\n'
            '<thead><tr><th scope="col">Territoire</th><th scope="col">2025-T3</th></tr></thead>\n'
            f'<tbody>\n{body}</tbody></table>\n'
            f'<p><a href="{up}donnees/tableaux/{slug}-{n}.csv">Télécharger le tableau (CSV)</a></p></div>')


def png_bytes():
    # A real 1x1 white PNG; charts' PNGs are its copies in the fixture.
    import zlib, struct
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"\x00\xff\xff\xff"
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def write(root, relative, text):
    path = os.path.join(root, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    mode = "wb" if isinstance(text, bytes) else "w"
    with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": "\n"})) as f:
        f.write(text)


def main():
    out = os.path.join(sys.argv[1], "site-fixture")
    if os.path.isdir(out):
        shutil.rmtree(out)
    legend = '<p class="legende">s : secret statistique ; n.d. : non disponible.</p>'
    rows = DEPARTEMENTS
    pages = {}
    pages["index.html"] = page(0, "Accueil", "<p>Les chiffres de l'emploi des personnes handicapées en "
        "Pays de la Loire, au 3e trimestre 2025.</p>\n"
        + table("index", 1, "Demandeurs d'emploi bénéficiaires de l'obligation d'emploi", rows, 0)
          .replace('href="territoires/', 'href="territoires/') + legend)
    region = chart("region-52", 1, "Demandeurs d'emploi BOE par département, 2025-T3",
                   [(c, v) for c, _, v in rows])
    pages["territoires/region-52.html"] = page(1, "Pays de la Loire", region + "\n"
        + table("region-52", 1, "Demandeurs d'emploi BOE par département", rows) + legend
        + '\n<p><a href="../annexes/annexe-pays-de-la-loire-2025-T3.xlsx">Annexe Excel de la région</a></p>')
    for code, name, value in rows:
        pages[f"territories/departement-{code}.html".replace("territories", "territoires")] = page(1, name,
            f"<p>{name}, département de la région "
            f'<a href="region-52.html">Pays de la Loire</a>.</p>\n'
            + chart(f"departement-{code}", 1, f"Demandeurs d'emploi BOE, {name}",
                    [("2025-T1", value - 90), ("2025-T2", value - 40), ("2025-T3", value)])
            + "\n" + table(f"departement-{code}", 1, f"Demandeurs d'emploi BOE, {name}",
                           [(code, name, value)]) + legend
            + f'\n<p><a href="../fiches/departement-{code}.html">Fiche imprimable</a></p>')
        pages[f"fiches/departement-{code}.html"] = page(1, f"Fiche {name} — 2025-T3",
            table(f"fiche-{code}", 1, f"Chiffres clés, {name}", [(code, name, value)]) + legend)
    pages["indicateurs/DEFM_TH.html"] = page(1, "Demandeurs d'emploi bénéficiaires de l'obligation d'emploi",
        "<p>Source : <a href=\"../sources/france-travail.html\">France Travail</a>.</p>\n"
        + table("indicateur-DEFM_TH", 1, "Par département, 2025-T3", rows) + legend)
    pages["sources/france-travail.html"] = page(1, "France Travail",
        '<p>Site du partenaire : <a href="https://www.francetravail.fr/" rel="noopener">francetravail.fr</a>.</p>'
        '\n<p>Indicateurs : <a href="../indicateurs/DEFM_TH.html">demandeurs d\'emploi BOE</a>.</p>')
    pages["methodologie.html"] = page(0, "Méthodologie",
        '<h2 id="secret">Secret statistique</h2><p>Les effectifs inférieurs à 5 sont masqués.</p>')
    pages["donnees.html"] = page(0, "Données ouvertes",
        '<ul><li><a href="donnees/chiffres.csv">Tous les chiffres (CSV)</a></li>'
        '<li><a href="donnees/datapackage.json">Description des fichiers (datapackage.json)</a></li></ul>')
    pages["accessibilite.html"] = page(0, "Déclaration d'accessibilité", "<p>Ce site est partiellement conforme"
        " au RGAA 4.1.</p>")
    pages["mentions-legales.html"] = page(0, "Mentions légales", "<p>Éditeur : PRITH Pays de la Loire.</p>")
    plan = "".join(f'<li><a href="{p}">{p}</a></li>' for p in sorted(pages))
    pages["plan-du-site.html"] = page(0, "Plan du site", f'<ul>{plan}<li><a href="methodologie.html#secret">'
        "Secret statistique</a></li></ul>")
    pages["recherche.html"] = page(0, "Rechercher",
        '<div id="recherche" class="recherche">\n'
        '<noscript><p>La recherche a besoin de JavaScript. Toutes les pages sont listées dans le '
        '<a href="plan-du-site.html">plan du site</a>.</p></noscript>\n</div>', scripts=("assets/js/recherche.js",))
    for relative, text in pages.items():
        write(out, relative, text)
    write(out, "assets/css/site.css", "body{font-family:sans-serif;margin:0 auto;max-width:72rem;padding:1rem;"
          "color:#161616}\n.evitement{position:absolute;left:-999px}.evitement:focus{left:1rem}\n"
          "a{color:#000091}table{border-collapse:collapse}th,td{border:1px solid #666;padding:.25rem .5rem}\n"
          "mark{background:#fceeac}\n")
    write(out, "assets/favicon.svg", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">'
          '<rect width="16" height="16" fill="#000091"/></svg>\n')
    write(out, "assets/css/impression.css", "header,footer,nav{display:none}\n")
    with open(os.path.join(SOURCE, "assets", "js", "recherche.js"), encoding="utf-8") as f:
        write(out, "assets/js/recherche.js", f.read())
    for relative in list(pages):
        if relative.startswith("territoires/"):
            write(out, "graphiques/" + os.path.basename(relative)[:-5] + "-1.png", png_bytes())
    tables = ["index-1", "region-52-1", "indicateur-DEFM_TH-1"] + [
        f"{k}-{c}-1" for c, _, _ in rows for k in ("departement", "fiche")]
    for slug in tables:
        write(out, f"donnees/tableaux/{slug}.csv", "territoire,valeur\n44,6120\n")
    write(out, "donnees/chiffres.csv", "indicateur,territoire,periode,valeur,statut\n")
    write(out, "donnees/datapackage.json", '{"name": "prith", "resources": []}\n')
    write(out, "annexes/annexe-pays-de-la-loire-2025-T3.xlsx", b"PK\x05\x06" + b"\x00" * 18)


if __name__ == "__main__":
    main()
