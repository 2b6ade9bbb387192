#!/usr/bin/env python3
"""The measurements of bench/site/run.sh (see bench/README.md).

Each measured command runs under /usr/bin/time -v; its wall time, CPU time
(user + sys) and peak RSS are the median of RUNS runs. Data preparation is
timed once, on its own lines.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


LAST = {}  # what the last timed prith build said: its phase timings and reused files


def timed(command, env=None):
    """Runs `command` under /usr/bin/time -v; returns (wall s, cpu s, peak MiB).

    prith runs with PRITH_TIMINGS=1: its phase timings (stderr) and the files it
    reused (stdout) are kept in LAST."""
    env = dict(os.environ, PRITH_TIMINGS="1", **(env or {}))
    result = subprocess.run(["/usr/bin/time", "-v"] + command, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    report = result.stderr
    LAST["phases"] = {m.group(1).strip(): float(m.group(2))
                      for m in re.finditer(r"^temps : (.+?)\s+([\d.]+) s$", report, re.M)}
    # "… : 3 521 fichiers, dont 3 300 repris …" (French thousands separators)
    published = re.search(r": ([\d\u00a0\u202f ]+) fichiers?, dont ([\d\u00a0\u202f ]+) repris", result.stdout)
    LAST["files"] = tuple(int(re.sub(r"\D", "", g)) for g in published.groups()) if published else None
    if result.returncode not in (0, 1):  # prith: 1 = data errors, the site is still published
        sys.exit(f"échec ({result.returncode}) : {' '.join(command)}\n{report}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", report)
    hours, minutes, seconds = (float(wall.group(1) or 0), float(wall.group(2)), float(wall.group(3)))
    user = float(re.search(r"User time \(seconds\): ([\d.]+)", report).group(1))
    system = float(re.search(r"System time \(seconds\): ([\d.]+)", report).group(1))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", report).group(1))
    return hours * 3600 + minutes * 60 + seconds, user + system, rss / 1024


def median_of(runs, before, command, env=None, phase=None):
    """Median (wall, cpu, rss) of `runs` runs; with `phase`, a 4th figure: the
    median of that phase's own time (PRITH_TIMINGS)."""
    samples = []
    for _ in range(runs):
        before()
        figures = timed(command, env)
        if phase:
            figures += (LAST["phases"].get(phase, float("nan")),)
        samples.append(figures)
    return tuple(statistics.median(s[k] for s in samples) for k in range(len(samples[0])))


def folder_size(folder):
    count = size = 0
    for parent, _, files in os.walk(folder):
        for name in files:
            count += 1
            size += os.path.getsize(os.path.join(parent, name))
    return count, size / (1024 * 1024)


def line(label, figures, files=None):
    wall, cpu, rss = figures
    text = f"{label:<52} {wall:7.2f} s wall {cpu:7.2f} s CPU {rss:7.1f} MiB"
    if files:
        text += f"   {files[0]:5d} fichier{'s' if files[0] > 1 else ''} {files[1]:7.1f} MiB"
    print(text, flush=True)


TRASH = []  # folder where remove() puts what it takes away, emptied at the end


def remove(*paths):
    """Takes `paths` out of the way by renaming them into the trash folder.

    Deleting them would slow the next run down: on this machine's ext4 (no
    journal), a file created within a minute or more of many deletions pays
    for them (recently_deleted() in find_inode_bit: ~0.5 ms per created file
    instead of ~0.05 ms). A pilot's quarterly build does not follow the
    deletion of thousands of files; the trash is emptied once, at the end."""
    for path in paths:
        if os.path.lexists(path):
            os.makedirs(TRASH[0], exist_ok=True)
            os.rename(path, os.path.join(TRASH[0], f"{len(os.listdir(TRASH[0])):04d}"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", required=True)
    ap.add_argument("--prith", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    data, project, hugo_site, hugo_out = (os.path.join(a.out, n) for n in ("data", "project", "hugo-site", "hugo-out"))
    site = os.path.join(project, "site")
    export = os.path.join(project, "exports", "reference", "indicators_long.csv")
    os.makedirs(a.out, exist_ok=True)
    TRASH.append(os.path.join(a.out, "trash"))
    if os.path.isdir(TRASH[0]):
        shutil.rmtree(TRASH[0])  # left by an interrupted run

    print(f"Jeu de référence national, {a.runs} exécutions par mesure (médiane), machine partagée à "
          f"{os.cpu_count()} cœurs\n")
    print("Préparation des données (une fois, à part)")
    line("  make_dataset.py", timed([sys.executable, os.path.join(a.shared, "make_dataset.py"), "--out", data]))
    line("  prith : prep_project.py (projet prith)",
         timed([sys.executable, os.path.join(HERE, "prep_project.py"), data, project]))
    line("  Hugo : prep_hugo.py", timed([sys.executable, os.path.join(a.shared, "hugo", "prep_hugo.py"), data,
                                          hugo_site]))
    print()

    build = [a.prith, "build", project, "--now", "2026-01-15"]
    store = os.path.join(project, "prith.sqlite")
    def empty_store_and_site():
        remove(store, store + "-wal", store + "-shm", site, os.path.join(project, ".site.staging"))

    full = median_of(a.runs, empty_store_and_site, build, phase="Pagefind")
    pagefind = full[3]
    full = full[:3]
    line("prith build, complète (base et site vides)", full, folder_size(site))
    same = median_of(a.runs, lambda: None, build)
    line("prith build, rien de changé", same)

    edits = iter(range(1, a.runs + 1))

    def change_one_export():
        """A new value for one figure (01, 2025-T4, ind01): the export is read again as a revision."""
        with open(export, encoding="utf-8") as f:
            text = f.read()
        text = re.sub(r"\n01;2025-T4;ind01;\d*\n", f"\n01;2025-T4;ind01;{100000 + next(edits)}\n", text, count=1)
        with open(export, "w", encoding="utf-8") as f:
            f.write(text)

    changed = median_of(a.runs, change_one_export, build)
    line("prith build, un export modifié", changed)
    files, reused = LAST["files"] or (0, 0)
    print(f"  (dernière exécution : {files} fichiers publiés, {reused} repris de la publication précédente, "
          f"{files - reused} refaits)")

    # Pages + SVG only (what Hugo makes): no PNG, no workbook, no Pagefind.
    pages_only = {"PRITH_BENCH_PAGES_ONLY": "1"}
    pages = median_of(a.runs, empty_store_and_site, build, env=pages_only)
    line("prith build, pages + SVG (PRITH_BENCH_PAGES_ONLY)", pages, folder_size(site))
    # The same from a store already filled: reading the CSV into the store is
    # prith's data preparation, as prep_hugo.py is Hugo's (WORKLOAD.md).
    def empty_site():
        remove(site, os.path.join(project, ".site.staging"))

    timed(build, pages_only)  # fills the store again
    stored = median_of(a.runs, empty_site, build, env=pages_only)
    line("prith build, pages + SVG, base déjà remplie", stored, folder_size(site))
    empty_store_and_site()  # never leave the pages-only site behind

    hugo = ["hugo", "--quiet", "-s", hugo_site, "-d", os.path.abspath(hugo_out)]
    hugo_figures = median_of(a.runs, lambda: remove(hugo_out), hugo)
    line("Hugo (pages + SVG en ligne, sans PNG ni classeur)", hugo_figures, folder_size(hugo_out))
    print(f"Pagefind (dans prith build complète, compris dans ses temps) : {pagefind:.2f} s wall")

    print()
    print(f"Hugo / prith pages + SVG : temps écoulé {hugo_figures[0] / pages[0]:.2f}× "
          f"(objectif ≥ 3), CPU {hugo_figures[1] / pages[1]:.2f}× ; base déjà remplie : "
          f"{hugo_figures[0] / stored[0]:.2f}×, CPU {hugo_figures[1] / stored[1]:.2f}×")
    print(f"prith complète / Hugo : temps écoulé {full[0] / hugo_figures[0]:.2f} (objectif ≤ 1), "
          f"sans Pagefind {(full[0] - pagefind) / hugo_figures[0]:.2f}, "
          f"CPU {full[1] / hugo_figures[1]:.2f}, mémoire {full[2] / hugo_figures[2]:.2f}")
    print(f"Reconstruction sans changement / construction complète : {same[0] / full[0] * 100:.0f} % "
          f"(objectif < 10 %) ; un export modifié : {changed[0] / full[0] * 100:.0f} %")
    shutil.rmtree(TRASH[0], ignore_errors=True)


if __name__ == "__main__":
    main()
