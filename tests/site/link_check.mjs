// Link checker of a built site (docs/testing.md). Usage:
//   node tests/site/link_check.mjs SITE_DIR
// Reads every .html and .css file of the site (pagefind/, written by
// Pagefind, is left out) and checks that:
//  - every relative link or asset (href, src, srcset, poster, CSS url() and
//    @import) resolves to a file inside the site, and its #fragment to an id
//    of the target page;
//  - nothing is fetched from outside the site: an absolute http(s) or
//    protocol-relative URL is accepted only in an <a href> (links to
//    partners' sites, listed at the end), never as a resource;
//  - no link climbs above the site's root, no javascript: or file: URL.
// Limits: a regular-expression reading, not an HTML parser: attributes must
// be quoted (prith's templates always quote them), URLs made by scripts and
// inline style="" attributes are not seen, and <base> is not supported.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function walk(dir, root, files = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path.relative(root, full) !== "pagefind") walk(full, root, files);
    } else {
      files.push(full);
    }
  }
  return files;
}

const decodeEntities = (text) => text.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'")
  .replace(/&lt;/g, "<").replace(/&gt;/g, ">");

// The references of an HTML file: { url, attribute, tag }.
function htmlReferences(html) {
  const found = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, "");
  for (const tag of withoutComments.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?>/g)) {
    const name = tag[1].toLowerCase();
    const attributes = tag[2] || "";
    for (const attribute of attributes.matchAll(/\s([a-zA-Z:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
      const key = attribute[1].toLowerCase();
      const value = decodeEntities(attribute[3] ?? attribute[4]);
      if (["href", "src", "poster", "data", "xlink:href", "action"].includes(key)) {
        found.push({ url: value.trim(), attribute: key, tag: name });
      } else if (key === "srcset") {
        for (const candidate of value.split(",")) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) found.push({ url, attribute: key, tag: name });
        }
      }
    }
  }
  for (const style of withoutComments.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
    for (const url of cssReferences(style[1])) found.push({ url, attribute: "url()", tag: "style" });
  }
  return found;
}

function cssReferences(css) {
  const urls = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  for (const match of text.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g)) {
    urls.push(match[1] ?? match[2] ?? match[3]);
  }
  for (const match of text.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) urls.push(match[1] ?? match[2]);
  return urls;
}

function idsOf(html) {
  const ids = new Set();
  for (const match of html.matchAll(/\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) ids.add(decodeEntities(match[1] ?? match[2]));
  return ids;
}

// Returns { errors: [string], external: [url], checked: number }.
export function checkSite(siteDir) {
  const root = path.resolve(siteDir);
  const errors = [];
  const external = new Set();
  const idCache = new Map();
  const ids = (file) => {
    if (!idCache.has(file)) idCache.set(file, idsOf(fs.readFileSync(file, "utf8")));
    return idCache.get(file);
  };
  let checked = 0;
  const files = walk(root, root).filter((f) => /\.(html|css)$/.test(f)).sort();
  for (const file of files) {
    const relativeFile = path.relative(root, file).split(path.sep).join("/");
    const text = fs.readFileSync(file, "utf8");
    const references = file.endsWith(".css")
      ? cssReferences(text).map((url) => ({ url, attribute: "url()", tag: "css" }))
      : htmlReferences(text);
    for (const { url, attribute, tag } of references) {
      checked++;
      const where = `${relativeFile}: <${tag} ${attribute}="${url}">`;
      if (url === "") {
        errors.push(`${where}: empty link`);
        continue;
      }
      if (/^(https?:)?\/\//i.test(url)) {
        if (tag === "a" && attribute === "href") external.add(url);
        else errors.push(`${where}: resource fetched from outside the site`);
        continue;
      }
      if (/^(mailto|tel):/i.test(url)) continue;
      if (/^data:/i.test(url) && attribute !== "href") continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
        errors.push(`${where}: forbidden URL scheme`);
        continue;
      }
      if (url.startsWith("/")) {
        errors.push(`${where}: absolute path (links must be relative so the site works from any sub-path and file://)`);
        continue;
      }
      const [beforeFragment, fragment] = url.split("#", 2);
      const pathPart = beforeFragment.split("?")[0];
      let target = file;
      if (pathPart !== "") {
        let decoded;
        try {
          decoded = decodeURIComponent(pathPart);
        } catch {
          errors.push(`${where}: malformed percent-encoding`);
          continue;
        }
        target = path.resolve(path.dirname(file), decoded);
        if (target !== root && !target.startsWith(root + path.sep)) {
          errors.push(`${where}: climbs out of the site's root`);
          continue;
        }
        if (fs.existsSync(target) && fs.statSync(target).isDirectory()) target = path.join(target, "index.html");
        if (!fs.existsSync(target)) {
          errors.push(`${where}: no such file ${path.relative(root, target).split(path.sep).join("/")}`);
          continue;
        }
      }
      if (fragment !== undefined && fragment !== "" && target.endsWith(".html")) {
        if (!ids(target).has(decodeURIComponent(fragment))) {
          errors.push(`${where}: no id "${fragment}" in ${path.relative(root, target).split(path.sep).join("/")}`);
        }
      }
    }
  }
  return { errors, external: [...external].sort(), checked, files: files.length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const site = process.argv[2];
  if (!site || !fs.existsSync(path.join(site, "index.html"))) {
    console.error(`FAIL: no built site at ${site} (index.html missing); usage: node link_check.mjs SITE_DIR`);
    process.exit(2);
  }
  const { errors, external, checked, files } = checkSite(site);
  console.log(`${files} files, ${checked} links and assets checked.`);
  if (external.length) console.log(`Links to other sites (${external.length}):\n  ${external.join("\n  ")}`);
  if (errors.length) {
    console.error(`FAIL: ${errors.length} broken link(s):\n  - ${errors.join("\n  - ")}`);
    process.exit(1);
  }
  console.log("OK: every internal link and asset resolves inside the site.");
}
