// Browser tests of a built site, in Debian's chromium driven by
// playwright-core (docs/testing.md). Usage:
//   node tests/site/browser/site_browser_test.mjs SITE_DIR OUT_DIR
// SITE_DIR is a built site (with its pagefind/ index); OUT_DIR receives the
// screenshots and the PDF of a printable sheet. Exits 1 naming every check
// that failed; exits 2 when a tool is missing (never a silent skip).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import { serveFolder } from "./static_server.mjs";

const SOURCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const CHROMIUM = process.env.PRITH_CHROMIUM || "/usr/bin/chromium";
const INSTALL_HINT = "run `bash .ci/install-deps` at the root of the source tree (Debian chromium, npm packages)";

function missing(what) {
  console.error(`MISSING: ${what}; ${INSTALL_HINT}.`);
  process.exit(2);
}

const [siteArg, outArg] = process.argv.slice(2);
if (!siteArg || !outArg) {
  console.error("usage: node site_browser_test.mjs SITE_DIR OUT_DIR");
  process.exit(2);
}
const site = path.resolve(siteArg);
const out = path.resolve(outArg);
if (!fs.existsSync(CHROMIUM)) missing(`chromium (${CHROMIUM}, Debian package chromium)`);
const require = createRequire(path.join(SOURCE_DIR, "package.json"));
let chromium, AxeBuilder;
try {
  ({ chromium } = require("playwright-core"));
  AxeBuilder = require("@axe-core/playwright").default;
} catch (error) {
  missing(`npm packages playwright-core and @axe-core/playwright in ${SOURCE_DIR}/node_modules (${error.message})`);
}
if (!fs.existsSync(path.join(site, "index.html"))) {
  console.error(`FAIL: no built site in ${site} (index.html missing)`);
  process.exit(1);
}
fs.mkdirSync(out, { recursive: true });

// One page of each type: the fixed pages and the first page of each family.
function firstPage(folder, prefix) {
  const dir = path.join(site, folder);
  const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.startsWith(prefix) && n.endsWith(".html")) : [];
  return names.length ? `${folder}/${names.sort()[0]}` : null;
}
// The first page of an item in `folder` (a practice, an experiment): not
// the section's index nor one of the catalogue's filtered lists.
function firstPracticePage(folder = "pratiques") {
  const dir = path.join(site, folder);
  if (!fs.existsSync(dir)) return null;
  const lists = /^(index|axe-.*|departement-.*|public-.*|type-.*)\.html$/;
  const names = fs.readdirSync(dir).filter((n) => n.endsWith(".html") && !lists.test(n)).sort();
  return names.length ? `${folder}/${names[0]}` : null;
}
const pageTypes = {
  "accueil": "index.html",
  "région": firstPage("territoires", "region-"),
  "département": firstPage("territoires", "departement-"),
  "indicateur": firstPage("indicateurs", ""),
  "source": firstPage("sources", ""),
  "fiche": firstPage("fiches", "departement-"),
  "méthodologie": "methodologie.html",
  "données": "donnees.html",
  "accessibilité": "accessibilite.html",
  "mentions légales": "mentions-legales.html",
  "plan du site": "plan-du-site.html",
  "recherche": "recherche.html",
  "pratiques": "pratiques/index.html",
  "pratiques d'un axe": firstPage("pratiques", "axe-"),
  "pratique": firstPracticePage(),
  "plans d'action": "plans/index.html",
  "plan d'action": firstPage("plans", "departement-"),
  "expérimentations": "experimentations/index.html",
  "expérimentation": firstPracticePage("experimentations"),
};

const failures = [];
function check(condition, message) {
  if (!condition) failures.push(message);
  return condition;
}
for (const [type, relative] of Object.entries(pageTypes)) {
  check(relative && fs.existsSync(path.join(site, relative)), `page type "${type}": no page ${relative ?? "in its folder"}`);
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
const server = await serveFolder(site);
const siteUrl = new URL(server.url);
const siteFileUrl = pathToFileURL(site + path.sep).href;

// A page whose every request is watched: anything outside the site is
// refused (and counted), failed requests and console errors are collected.
async function openPage({ javaScript = true, extraOrigin = null, viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport });
  const page = await context.newPage();
  const problems = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    const local = url.startsWith(server.url) || (extraOrigin && url.startsWith(extraOrigin)) ||
      url.startsWith(siteFileUrl) || url.startsWith("data:");
    if (local) return route.continue();
    problems.push(`request outside the site: ${url}`);
    return route.abort("blockedbyclient");
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`script error: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { context, page, problems };
}

function report(where, problems) {
  for (const problem of problems) failures.push(`${where}: ${problem}`);
}

async function visibleTables(page) {
  return page.evaluate(() => [...document.querySelectorAll("main table")].filter((t) => t.offsetHeight > 0).length);
}

// Each page type: over HTTP (no error, no outside request, a screenshot, no
// axe violation of WCAG 2.0/2.1 A and AA), from file:// (the folder opened
// from a disk), and with JavaScript off (still its tables and charts).
async function checkPageType(type, relative) {
  const found = [];
  const note = (condition, message) => { if (!condition) found.push(message); };
  const collect = (where, problems) => { for (const problem of problems) found.push(`${where}: ${problem}`); };

  const http = await openPage();
  let where = `${type} (${relative}, http)`;
  await http.page.goto(server.url + relative, { waitUntil: "load" });
  await http.page.waitForLoadState("networkidle");
  const shot = path.join(out, relative.replace(/[/.]/g, "_") + ".png");
  const bytes = await http.page.screenshot({ path: shot, fullPage: true });
  const height = await http.page.evaluate(() => document.documentElement.scrollHeight);
  note(bytes.length > 20 * 1024, `${where}: screenshot of ${bytes.length} bytes (expected > 20 KB: is the page empty or unstyled?)`);
  note(height >= 300 && height <= 30000, `${where}: page height ${height}px outside 300–30000`);
  const axe = await new AxeBuilder({ page: http.page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  for (const violation of axe.violations) {
    const nodes = violation.nodes.slice(0, 5).map((n) => `      ${n.target.join(" ")}: ${n.failureSummary.replace(/\s+/g, " ")}`);
    found.push(`${where}: axe ${violation.id} (${violation.impact}) — ${violation.help} [${violation.helpUrl}]\n${nodes.join("\n")}`);
  }
  if (type === "région" || type === "département") {
    // Review item 4: the comparison table, 15 indicators as columns, was ~7 700 px wide at 1280 px.
    const widest = await http.page.evaluate(() => Math.max(0, ...[...document.querySelectorAll("main table")].map((t) => t.scrollWidth)));
    note(widest <= 1280, `${where}: a table ${widest}px wide in a 1280px window`);
  }
  collect(where, http.problems);
  await http.context.close();

  const file = await openPage();
  await file.page.goto(siteFileUrl + relative, { waitUntil: "load" });
  collect(`${type} (${relative}, file://)`, file.problems);
  await file.context.close();

  const noScript = await openPage({ javaScript: false });
  where = `${type} (${relative}, JavaScript off)`;
  await noScript.page.goto(server.url + relative, { waitUntil: "load" });
  const html = fs.readFileSync(path.join(site, relative), "utf8");
  const tablesInHtml = (html.match(/<table[\s>]/g) || []).length;
  const figuresInHtml = (html.match(/<svg[\s>]/g) || []).length;
  note(await visibleTables(noScript.page) === tablesInHtml, `${where}: ${tablesInHtml} tables in the HTML, not all shown`);
  const figures = await noScript.page.evaluate(() => [...document.querySelectorAll("main svg")].filter((s) => s.getBoundingClientRect().height > 0).length);
  note(figures === figuresInHtml, `${where}: ${figuresInHtml} charts in the HTML, ${figures} shown`);
  note((await noScript.page.locator("h1").count()) === 1, `${where}: no single <h1>`);
  collect(where, noScript.problems);
  await noScript.context.close();
  return found;
}

// Three pages at a time (the browser waits more than it computes); the
// failures are reported in the order of pageTypes.
const typesToCheck = Object.entries(pageTypes).filter(([, relative]) => relative && fs.existsSync(path.join(site, relative)));
const perType = new Array(typesToCheck.length);
let next = 0;
await Promise.all([0, 1, 2].map(async () => {
  while (next < typesToCheck.length) {
    const index = next++;
    perType[index] = await checkPageType(...typesToCheck[index]);
  }
}));
for (const found of perType) failures.push(...found);
for (const type of ["région", "département", "indicateur"]) {
  const relative = pageTypes[type];
  if (!relative) continue;
  const html = fs.readFileSync(path.join(site, relative), "utf8");
  check(/<table[\s>]/.test(html), `${type} (${relative}): no table in the page`);
}

// The catalogue of practices filtered by axis: with JavaScript in place (the
// visible items are those of the axis), without it the static axis page
// lists exactly the practices of that axis.
{
  const catalogue = fs.readFileSync(path.join(site, "pratiques/index.html"), "utf8");
  const itemsOf = (html) => [...html.matchAll(/<li class="pratique" data-axe="([^"]*)"[^>]*>\s*<h3[^>]*><a href="([^"]+)"/g)]
    .map((m) => ({ axis: m[1], href: m[2].replace(/^.*\//, "") }));
  const all = itemsOf(catalogue);
  const axes = [...new Set(all.map((item) => item.axis))].sort();
  check(axes.length >= 2, `filter: ${axes.length} axis in the catalogue (the demo has practices on every axis)`);
  const axis = axes[0];
  const expected = all.filter((item) => item.axis === axis).map((item) => item.href).sort();
  check(expected.length > 0 && expected.length < all.length, `filter: axis ${axis} has ${expected.length} of ${all.length} practices`);

  const withScript = await openPage();
  await withScript.page.goto(server.url + "pratiques/index.html", { waitUntil: "load" });
  check(await withScript.page.locator("#filtres-pratiques").isVisible(), "filter (JavaScript): the form is not shown");
  await withScript.page.selectOption("#filtre-axe", axis);
  const shown = await withScript.page.$$eval("#liste-pratiques li.pratique",
    (items) => items.filter((item) => item.offsetHeight > 0).map((item) => item.querySelector("a").getAttribute("href").replace(/^.*\//, "")));
  check(JSON.stringify(shown.sort()) === JSON.stringify(expected),
    `filter (JavaScript): axis ${axis} shows ${shown.length} practices (${shown.join(", ")}), expected ${expected.join(", ")}`);
  const count = await withScript.page.textContent("#compte-pratiques");
  check(count.trim() === `${expected.length} pratique${expected.length > 1 ? "s" : ""}`, `filter (JavaScript): the count says "${count}"`);
  report("filter (JavaScript)", withScript.problems);
  await withScript.context.close();

  const noScript = await openPage({ javaScript: false });
  await noScript.page.goto(server.url + "pratiques/index.html", { waitUntil: "load" });
  check(!(await noScript.page.locator("#filtres-pratiques").isVisible()), "filter (no JavaScript): the inert form is shown");
  await noScript.page.locator("details.menu-filtre summary").first().click();
  await noScript.page.locator(`details.menu-filtre a[href$="/axe-${axis}.html"]`).first().click();
  await noScript.page.waitForLoadState("load");
  check(noScript.page.url().endsWith(`pratiques/axe-${axis}.html`), `filter (no JavaScript): the axis link opened ${noScript.page.url()}`);
  const listed = await noScript.page.$$eval("#liste-pratiques li.pratique",
    (items) => items.filter((item) => item.offsetHeight > 0).map((item) => item.querySelector("a").getAttribute("href").replace(/^.*\//, "")));
  check(JSON.stringify(listed.sort()) === JSON.stringify(expected),
    `filter (no JavaScript): axe-${axis}.html lists ${listed.join(", ")}, expected ${expected.join(", ")}`);
  report("filter (no JavaScript)", noScript.problems);
  await noScript.context.close();
}

// 3. Search: a département found from a query typed with or without accents.
const searches = [
  ["loire atlantique", "territoires/departement-44.html"],
  ["Loire-Atlantique", "territoires/departement-44.html"],
  ["vendee", "territoires/departement-85.html"],
  ["Vendée", "territoires/departement-85.html"],
];
check(fs.existsSync(path.join(site, "pagefind", "pagefind.js")), "search: no pagefind/pagefind.js (the index was not built)");
// The search page is served with its own Content-Security-Policy also as an
// HTTP header, as a host may send it: the header, unlike the <meta>, binds
// Pagefind's worker too (where its WebAssembly needs 'wasm-unsafe-eval').
const searchHtml = fs.readFileSync(path.join(site, "recherche.html"), "utf8");
const metaPolicy = searchHtml.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i);
check(metaPolicy, "recherche.html: no Content-Security-Policy <meta>");
const searchServer = await serveFolder(site, metaPolicy ? { "Content-Security-Policy": metaPolicy[1].replace(/&#39;/g, "'") } : {});
for (const [query, expected] of searches) {
  const { context, page, problems } = await openPage({ extraOrigin: searchServer.url });
  const where = `search "${query}"`;
  await page.goto(searchServer.url + "recherche.html", { waitUntil: "load" });
  await page.getByRole("searchbox").fill(query);
  await page.getByRole("searchbox").press("Enter");
  try {
    await page.waitForFunction(() => document.querySelector("#recherche p"), null, { timeout: 10000 });
  } catch {
    failures.push(`${where}: no result message within 10 s`);
  }
  const links = await page.$$eval("#recherche a", (as) => as.map((a) => a.href));
  check(links.includes(searchServer.url + expected), `${where}: ${expected} not among the results (${links.join(", ") || "none"})`);
  if (links.length) {
    await page.goto(links[links.indexOf(searchServer.url + expected)] ?? links[0]);
    check((await page.title()).length > 0, `${where}: the result link does not open a page`);
  }
  report(where, problems);
  await context.close();
}

// 4. Print: the PDF of a printable sheet is short and keeps its tables;
// with JavaScript on, every column header still shows its text (the sort
// buttons are hidden, not the words), and the charts go two by two.
if (pageTypes["fiche"]) {
  const { context, page, problems } = await openPage();
  const where = `print (${pageTypes["fiche"]})`;
  await page.goto(server.url + pageTypes["fiche"], { waitUntil: "networkidle" });
  await page.emulateMedia({ media: "print" });
  const tables = await visibleTables(page);
  const headers = await page.evaluate(() => [...document.querySelectorAll("main thead th")].map((th) => th.innerText.trim()));
  check(headers.length > 0 && headers.every((text) => text.length > 0),
    `${where}: ${headers.filter((text) => !text).length} of ${headers.length} column headers print blank`);
  const buttons = await page.evaluate(() => document.querySelectorAll("main thead .tri-bouton").length);
  check(buttons > 0, `${where}: no sort button (tri-tableaux.js did not run, so the blank-header check proves nothing)`);
  const chartColumns = await page.evaluate(() => {
    const grid = document.querySelector(".fiche-graphiques");
    return grid ? getComputedStyle(grid).gridTemplateColumns.split(" ").length : 0;
  });
  check(chartColumns === 2, `${where}: charts ${chartColumns} by row on paper (expected 2, readable text)`);
  const pdf = await page.pdf({ format: "A4", path: path.join(out, "fiche.pdf"), printBackground: true });
  const pageCount = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
  check(pageCount >= 1 && pageCount <= 3, `${where}: ${pageCount} A4 pages (expected 1 to 3)`);
  check(tables >= 1, `${where}: no table shown when printed`);
  report(`print (${pageTypes["fiche"]})`, problems);
  await context.close();
}

// 5. Phone (375 px): a chart keeps a readable width and scrolls inside its
// box instead of shrinking; row headers read as labels (left, not bold).
if (pageTypes["département"]) {
  const { context, page, problems } = await openPage({ viewport: { width: 375, height: 800 } });
  const where = `phone 375 px (${pageTypes["département"]})`;
  await page.goto(server.url + pageTypes["département"], { waitUntil: "networkidle" });
  await page.screenshot({ path: path.join(out, "departement-375.png"), fullPage: true });
  const chart = await page.evaluate(() => {
    const svg = document.querySelector("main .graphique-image svg");
    if (!svg) return null;
    const box = svg.parentElement.getBoundingClientRect();
    return { svg: svg.getBoundingClientRect().width, box: box.width, scroll: getComputedStyle(svg.parentElement).overflowX };
  });
  check(chart && chart.svg >= 500, `${where}: chart ${chart?.svg}px wide (expected ≥ 500 px, its text readable)`);
  check(chart && chart.box <= 375 && chart.scroll === "auto", `${where}: the chart's box does not scroll inside the page (${JSON.stringify(chart)})`);
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  check(pageWidth <= 375, `${where}: the page itself is ${pageWidth}px wide (only tables and charts may scroll)`);
  const rowHeader = await page.evaluate(() => {
    const th = document.querySelector("main tbody th[scope=row]");
    return th ? { align: getComputedStyle(th).textAlign, weight: getComputedStyle(th).fontWeight } : null;
  });
  check(rowHeader && (rowHeader.align === "left" || rowHeader.align === "start") && Number(rowHeader.weight) < 600,
    `${where}: row headers ${JSON.stringify(rowHeader)} (expected left-aligned, normal weight)`);
  report(where, problems);
  await context.close();
}

await browser.close();
await server.close();
await searchServer.close();
if (failures.length) {
  console.error(`FAIL: ${failures.length} problem(s) in ${site}:`);
  for (const failure of failures) console.error(`  - ${failure}`);
  process.exit(1);
}
console.log(`OK: ${Object.keys(pageTypes).length} page types (http, file://, no JavaScript, axe WCAG 2.1 AA), ` +
  `the practices filtered by axis with and without JavaScript, ${searches.length} searches, print, phone width; screenshots in ${out}`);
