// The link checker's own test: the fixture site passes, and each kind of
// breakage planted in a copy of it is reported. Usage:
//   node tests/site/link_check_test.mjs FIXTURE_SITE_DIR
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkSite } from "./link_check.mjs";

const fixture = process.argv[2];
if (!fixture || !fs.existsSync(path.join(fixture, "index.html"))) {
  console.error(`FAIL: no fixture site at ${fixture} (run the generate_test_data step first)`);
  process.exit(2);
}

const clean = checkSite(fixture);
assert.deepEqual(clean.errors, [], "the fixture site has no broken link");
assert.ok(clean.checked > 100, "the fixture's links are all read");
assert.deepEqual(clean.external, ["https://www.francetravail.fr/"], "the partner's link is listed, not refused");

// Each case: [what, file, text to find, replacement, expected error fragment].
const cases = [
  ["missing page", "index.html", 'href="plan-du-site.html"', 'href="plan.html"', "no such file plan.html"],
  ["missing stylesheet", "methodologie.html", "assets/css/site.css", "assets/css/absent.css", "no such file assets/css/absent.css"],
  ["missing fragment", "plan-du-site.html", "methodologie.html#secret", "methodologie.html#rien", 'no id "rien" in methodologie.html'],
  ["missing fragment, same page", "methodologie.html", 'href="#contenu"', 'href="#ailleurs"', 'no id "ailleurs"'],
  ["outside script", "recherche.html", 'src="assets/js/recherche.js"', 'src="https://cdn.example.org/recherche.js"', null],
  ["outside stylesheet", "donnees.html", 'href="assets/css/site.css"', 'href="//cdn.example.org/site.css"', "resource fetched from outside the site"],
  ["climbing out", "territoires/region-52.html", 'href="../index.html"', 'href="../../index.html"', "climbs out of the site's root"],
  ["absolute path", "sources/france-travail.html", 'href="../indicateurs/DEFM_TH.html"', 'href="/indicateurs/DEFM_TH.html"', "absolute path"],
  ["javascript URL", "accessibilite.html", 'href="index.html"', 'href="javascript:alert(1)"', "forbidden URL scheme"],
  ["missing srcset image", "mentions-legales.html", "<h1>", '<img alt="" srcset="graphiques/x.png 1x, graphiques/region-52-1.png 2x"><h1>', "no such file graphiques/x.png"],
  ["missing CSS url()", "assets/css/site.css", "body{", "body{background:url('../police/absente.woff2');", "no such file assets/police/absente.woff2"],
];

let failed = 0;
for (const [what, file, find, replace, expected] of cases) {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), "prith-link-check-"));
  try {
    fs.cpSync(fixture, copy, { recursive: true });
    const target = path.join(copy, file);
    const text = fs.readFileSync(target, "utf8");
    assert.ok(text.includes(find), `${what}: the fixture's ${file} contains ${find}`);
    fs.writeFileSync(target, text.replace(find, replace));
    const { errors } = checkSite(copy);
    const wanted = expected ?? "resource fetched from outside the site";
    if (!errors.some((e) => e.startsWith(file + ":") && e.includes(wanted))) {
      failed++;
      console.error(`FAIL ${what}: expected an error on ${file} containing "${wanted}", got:\n  ${errors.join("\n  ") || "none"}`);
    }
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
}
if (failed) process.exit(1);
console.log(`OK: the fixture passes; ${cases.length} planted breakages are each reported.`);
