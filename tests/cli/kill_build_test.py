#!/usr/bin/env python3
"""Kills `prith build` midway and checks the published site survives.

    kill_build_test.py PRITH_BIN SOURCE_DIR

Makes a national project big enough for a build to take a while (every
département of config/territories.csv, 40 quarters, 30 indicators), builds
it once, changes an export, starts a second build, SIGKILLs it as soon as
its staging folder appears, then checks that every file of the published
site is byte-identical, and that the next build succeeds and removes the
stale staging folder.
"""
import csv
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time


def fail(message):
    print("ÉCHEC : " + message, file=sys.stderr)
    sys.exit(1)


def site_hashes(folder):
    hashes = {}
    for parent, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(parent, name)
            with open(path, "rb") as f:
                hashes[os.path.relpath(path, folder)] = hashlib.sha256(f.read()).hexdigest()
    return hashes


def write_project(root, source_dir, offset):
    os.makedirs(os.path.join(root, "exports", "reference"), exist_ok=True)
    with open(os.path.join(root, "prith.ini"), "w", encoding="utf-8") as f:
        f.write("[project]\nname = Test d'interruption\nregion =\npublication_date = 2026-01-15\n")
    shutil.copy(os.path.join(source_dir, "config", "territories.csv"), os.path.join(root, "territories.csv"))
    with open(os.path.join(root, "sources.csv"), "w", encoding="utf-8") as f:
        f.write("code;label;folder;url;secret;secret_threshold\nreference;Référence;reference;;non;\n")
    indicators = ["ind%02d" % i for i in range(1, 31)]
    with open(os.path.join(root, "indicators.csv"), "w", encoding="utf-8") as f:
        f.write("code;label;aliases;unit;definition;source;aggregation;weight;numerator;denominator;"
                "secret;secret_threshold;nature\n")
        for code in indicators:
            f.write(f"{code};Indicateur {code};;personnes;;reference;sum;;;;non;;stock\n")
    with open(os.path.join(source_dir, "config", "territories.csv"), encoding="utf-8") as f:
        departements = [row["code"] for row in csv.DictReader(f, delimiter=";") if row["level"] == "departement"]
    quarters = [f"{year}-T{q}" for year in range(2016, 2026) for q in range(1, 5)]
    with open(os.path.join(root, "exports", "reference", "indicateurs.csv"), "w", encoding="utf-8") as f:
        f.write("Département;Trimestre;Indicateur;Valeur\n")
        for d, dep in enumerate(departements):
            for i, ind in enumerate(indicators):
                for q, quarter in enumerate(quarters):
                    f.write(f"{dep};{quarter};{ind};{100 + (d * 31 + i * 7 + q * 3 + offset) % 900}\n")


def build(prith, root):
    return subprocess.run([prith, "build", root, "--now", "2026-01-15"], capture_output=True, text=True)


def main():
    if len(sys.argv) != 3:
        fail("usage : kill_build_test.py PRITH_BIN SOURCE_DIR")
    prith, source_dir = sys.argv[1], sys.argv[2]
    if not os.access(prith, os.X_OK):
        fail(f"prith introuvable : {prith}")
    work = tempfile.mkdtemp(prefix="prith-kill-")
    try:
        root = os.path.join(work, "projet")
        site = os.path.join(root, "site")
        staging = os.path.join(root, ".site.staging")
        write_project(root, source_dir, 0)
        first = build(prith, root)
        if first.returncode != 0 or not os.path.isfile(os.path.join(site, ".prith-build.json")):
            fail("la première construction n'a pas publié le site :\n" + first.stdout + first.stderr)
        before = site_hashes(site)

        write_project(root, source_dir, 1)  # a changed export: the next build has work to do
        process = subprocess.Popen([prith, "build", root, "--now", "2026-04-15"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while not os.path.isdir(staging):
            if process.poll() is not None:
                fail("la construction a fini avant qu'on voie son dossier de préparation")
            if time.monotonic() > deadline:
                process.kill()
                fail("pas de dossier de préparation au bout de 60 s")
            time.sleep(0.001)
        time.sleep(0.2)  # midway through reading the export
        if process.poll() is not None:
            fail("la construction a fini avant d'être interrompue : le projet est trop petit")
        process.send_signal(signal.SIGKILL)
        process.wait()
        if process.returncode != -signal.SIGKILL:
            fail(f"la construction n'a pas été tuée (code {process.returncode})")

        after = site_hashes(site)
        if after != before:
            fail("le site publié a changé après l'interruption")
        if not os.path.isdir(staging):
            fail("le dossier de préparation de la construction tuée a disparu tout seul")

        again = build(prith, root)
        if again.returncode != 0 or "Site publié dans" not in again.stdout:
            fail("la construction suivante a échoué :\n" + again.stdout + again.stderr)
        if os.path.exists(staging):
            fail("la construction suivante n'a pas supprimé le dossier de préparation périmé")
        if site_hashes(site) == before:
            fail("la construction suivante n'a pas publié le nouveau site")
        print(f"ok : site intact après SIGKILL ({len(before)} fichiers), reconstruction réussie")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
