// Writes config/territories.csv from the official administrative division
// shipped by the npm package @etalab/decoupage-administratif (version pinned
// in package.json). Run from the repository root:
//   npm install && node generator/catalogue/generate_territories.mjs [OUT]
// Kept: the 18 régions (two-character INSEE codes) and every département
// whose région is one of them (96 in metropolitan France, 2A/2B included,
// and 971-974, 976). The overseas collectivities (975, 977, 978, 98x) are
// their own "régions" in the package and are left out.
// Order: FR first, then régions by code, then départements by code, so the
// output is byte-identical from one run to the next.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const pkg = require('@etalab/decoupage-administratif/package.json');
const regions = require('@etalab/decoupage-administratif/data/regions.json');
const departements = require('@etalab/decoupage-administratif/data/departements.json');

const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
const keptRegions = regions.filter((r) => /^[0-9]{2}$/.test(r.code)).sort(byCode);
const regionCodes = new Set(keptRegions.map((r) => r.code));
const keptDepartements = departements.filter((d) => regionCodes.has(d.region)).sort(byCode);

function field(text) {
  // The catalogue reader accepts quotes, but a plain file is easier to diff.
  if (/[;"\r\n]/.test(text)) throw new Error(`unexpected character in ${JSON.stringify(text)}`);
  return text;
}

const lines = ['code;name;level;parent', 'FR;France;pays;'];
for (const r of keptRegions) lines.push([r.code, field(r.nom), 'region', 'FR'].join(';'));
for (const d of keptDepartements) lines.push([d.code, field(d.nom), 'departement', d.region].join(';'));

if (keptRegions.length !== 18 || keptDepartements.length !== 101) {
  throw new Error(`expected 18 régions and 101 départements, got ${keptRegions.length} and ${keptDepartements.length}`);
}

const out = process.argv[2] ?? 'config/territories.csv';
writeFileSync(out, lines.join('\n') + '\n', 'utf8');
console.error(`${out}: ${lines.length - 1} territories from ${pkg.name} ${pkg.version}`);
