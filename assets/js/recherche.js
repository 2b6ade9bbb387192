// The search page's glue (recherche.html): reads the query of the form,
// asks the Pagefind index (pagefind/, written after the pages by the build)
// and lists the pages found under the box it adds to <div id="recherche">. No inline script, no
// eval: the page's Content-Security-Policy needs only 'self' and
// 'wasm-unsafe-eval' (Pagefind's index reader is WebAssembly).
// Without JavaScript the page says to use the site map instead.
(function () {
  "use strict";

  var mount = document.getElementById("recherche");
  if (!mount) return;
  if (location.protocol === "file:") {
    // Browsers refuse to load the index from file://: say so, with no search box.
    var notice = document.createElement("p");
    notice.textContent = "La recherche fonctionne quand le site est servi par un serveur web. " +
      "Toutes les pages sont listées dans le plan du site.";
    mount.appendChild(notice);
    return;
  }
  var form = mount.querySelector("form[role=search]");
  if (!form) form = searchForm();
  var input = form.querySelector("input[type=search]");
  var results = document.createElement("div");
  results.className = "recherche-resultats fr-mt-3w";
  results.setAttribute("aria-live", "polite");
  mount.appendChild(results);

  // The search box, made here: without JavaScript it could not work, so
  // the page carries only <div id="recherche"> and its <noscript> advice.
  function searchForm() {
    var made = document.createElement("form");
    made.setAttribute("role", "search");
    made.className = "fr-search-bar fr-search-bar--lg recherche-formulaire";
    var label = document.createElement("label");
    label.className = "fr-label";
    label.htmlFor = "recherche-texte";
    label.textContent = "Rechercher un territoire, un indicateur, une source";
    var box = document.createElement("input");
    box.className = "fr-input";
    box.id = "recherche-texte";
    box.name = "q";
    box.type = "search";
    box.autocomplete = "off";
    var button = document.createElement("button");
    button.className = "fr-btn";
    button.type = "submit";
    button.textContent = "Rechercher";
    made.append(label, box, button);
    mount.appendChild(made);
    return made;
  }

  // The site's root is this page's folder: result links stay relative, so
  // the site works from any sub-path.
  var siteRoot = new URL(".", document.baseURI);
  var pagefind = null;
  var latest = 0;

  function say(text) {
    results.replaceChildren();
    var p = document.createElement("p");
    p.textContent = text;
    results.appendChild(p);
  }

  // Pagefind's excerpt is escaped text with <mark> around the words found:
  // it is parsed in an inert document and only its text and marks are kept.
  function excerptNodes(html) {
    var parsed = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html");
    var out = [];
    parsed.body.firstChild.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.push(mark);
      } else {
        out.push(document.createTextNode(node.textContent));
      }
    });
    return out;
  }

  function relativeLink(url) {
    // Pagefind gives "/territoires/departement-44.html" (from the site's root).
    return new URL(url.replace(/^\/+/, ""), siteRoot).href;
  }

  async function load() {
    if (pagefind) return pagefind;
    pagefind = await import(new URL("pagefind/pagefind.js", siteRoot).href);
    await pagefind.options({ baseUrl: "/", excerptLength: 20 });
    return pagefind;
  }

  async function run(query) {
    var ticket = ++latest;
    query = query.trim();
    if (!query) {
      results.replaceChildren();
      return;
    }
    var engine;
    try {
      engine = await load();
    } catch (error) {
      say("La recherche n'est pas disponible (index absent). Toutes les pages sont listées dans le plan du site.");
      return;
    }
    var found, pages;
    try {
      found = await engine.search(query);
      pages = await Promise.all(found.results.slice(0, 20).map(function (r) { return r.data(); }));
    } catch (error) {
      say("La recherche n'a pas pu être faite. Toutes les pages sont listées dans le plan du site.");
      return;
    }
    if (ticket !== latest) return;  // a newer query was typed meanwhile
    results.replaceChildren();
    var count = document.createElement("p");
    count.textContent = found.results.length === 0 ? "Aucune page ne correspond à « " + query + " »."
      : found.results.length === 1 ? "1 page correspond à « " + query + " »."
      : found.results.length + " pages correspondent à « " + query + " ».";
    results.appendChild(count);
    if (!pages.length) return;
    var list = document.createElement("ol");
    pages.forEach(function (page) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = relativeLink(page.url);
      link.textContent = (page.meta && page.meta.title) || page.url;
      var excerpt = document.createElement("p");
      excerpt.append.apply(excerpt, excerptNodes(page.excerpt));
      item.append(link, excerpt);
      list.appendChild(item);
    });
    results.appendChild(list);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    run(input.value);
  });
  input.addEventListener("input", function () { run(input.value); });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    run(initial);
  }
})();
