// app.js: the kg console. Views are chosen by the URL fragment:
//   #/query              Gizmo editor, canned queries, results as table, JSON and graph
//   #/entity/ID          an entity's facts with article and evidence sentence
//   #/timeline           events in date order
"use strict";

(function () {
  var $ = function (id) { return document.getElementById(id); };

  // ---- HTTP ------------------------------------------------------------

  // api fetches a kg endpoint and resolves to its JSON, or rejects with an
  // Error carrying the server's message and status.
  function api(path, opts) {
    return fetch(path, opts).then(function (resp) {
      return resp.text().then(function (text) {
        var body = null;
        try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
        if (!resp.ok) {
          var err = new Error((body && body.error) || text || resp.statusText);
          err.status = resp.status;
          throw err;
        }
        return body;
      });
    });
  }

  function post(path, value) {
    return api(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(value) });
  }

  // ---- DOM helpers -----------------------------------------------------

  // h builds an element: h("a", {href: "#"}, "text", child...).
  function h(tag, attrs) {
    var e = document.createElement(tag);
    for (var k in (attrs || {})) {
      var v = attrs[k];
      if (v === undefined || v === null || v === false) { continue; }
      if (k === "class") { e.className = v; } else if (k.slice(0, 2) === "on") { e.addEventListener(k.slice(2), v); } else { e.setAttribute(k, v === true ? "" : v); }
    }
    for (var i = 2; i < arguments.length; i++) { append(e, arguments[i]); }
    return e;
  }

  function append(e, c) {
    if (c === undefined || c === null || c === false) { return; }
    if (Array.isArray(c)) { c.forEach(function (x) { append(e, x); }); return; }
    e.appendChild(typeof c === "object" ? c : document.createTextNode(String(c)));
  }

  function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } return e; }

  function entityHref(idOrName) { return "#/entity/" + encodeURIComponent(idOrName); }

  function typeBadge(type) { return h("span", { "class": "badge type-" + (type || "Thing") }, type || "Thing"); }

  function showError(box, err) {
    clear(box);
    box.hidden = false;
    append(box, [h("strong", {}, err.status ? "Error " + err.status + ": " : "Error: "), err.message]);
  }

  var PRED_LABELS = { jobTitle: "job title", memberOf: "member of", worksFor: "works for",
    startDate: "date", containedInPlace: "contained in", represents: "represents", attendee: "attendee",
    location: "location", quote: "quote", formerJobTitle: "former job title", eventStatus: "status" };
  function predLabel(p) { return PRED_LABELS[p] || p; }

  // ---- query view ------------------------------------------------------

  var DEFAULT_QUERY = "// Gizmo (JavaScript). The canned queries' helpers are loaded:\n" +
    "// P.<predicate>, C.<class>, nodes(name), one(node, pred), lit(value).\n" +
    "// Ctrl+Enter runs the query.\n" +
    "g.V().has(P.type, C.person).tag(\"person\")\n" +
    "  .out(P.represents).tag(\"represents\")\n" +
    "  .all()\n";

  var state = { canned: [], current: null, lastArgs: {}, rows: [], mode: "table", names: {} };
  var graphView = null;

  function initQueryView() {
    var editor = $("editor");
    editor.value = DEFAULT_QUERY;
    editor.addEventListener("keydown", function (ev) {
      if ((ev.ctrlKey || ev.metaKey) && ev.key === "Enter") { ev.preventDefault(); runEditor(); }
      if (ev.key === "Tab" && !ev.shiftKey) {
        ev.preventDefault();
        var s = editor.selectionStart;
        editor.setRangeText("  ", s, editor.selectionEnd, "end");
      }
    });
    editor.addEventListener("input", function () {
      if (state.current && editor.value !== state.current.text) { setTitle(null); }
    });
    $("run").addEventListener("click", runEditor);
    Array.prototype.forEach.call(document.querySelectorAll("#result-mode button"), function (b) {
      b.addEventListener("click", function () { setMode(b.getAttribute("data-mode")); });
    });
    graphView = new window.ForceGraph($("graph"), {
      onExpand: function (n) { expand(n.id); },
      onOpen: function (n) { location.hash = entityHref(n.id); },
      onSelect: showSelection
    });
    $("graph-fit").addEventListener("click", function () { graphView.fit(); });
    $("graph-in").addEventListener("click", function () { graphView.zoomBy(1.25); });
    $("graph-out").addEventListener("click", function () { graphView.zoomBy(0.8); });
    var legend = $("legend");
    window.ForceGraph.TYPES.forEach(function (t) {
      append(legend, h("span", { "class": "legend-item" }, h("i", { "class": "dot type-" + t }), t));
    });
    api("/api/kg/queries").then(function (body) {
      state.canned = body.result || [];
      renderCanned();
    }).catch(function (err) { showError($("error"), err); });
  }

  function renderCanned() {
    var list = clear($("canned"));
    state.canned.forEach(function (q) {
      var usage = q.name + (q.params.length ? " " + q.params.map(function (p, i) {
        return isOptional(q, i) ? "[" + p.toUpperCase() + "]" : p.toUpperCase();
      }).join(" ") : "");
      append(list, h("li", {},
        h("button", { "class": "canned", type: "button", "data-name": q.name, title: q.description,
          onclick: function () { loadCanned(q); } },
          h("span", { "class": "canned-name" }, usage),
          h("span", { "class": "canned-desc" }, q.description))));
    });
  }

  function setTitle(q) {
    state.current = q;
    $("editor-title").textContent = q ? q.name : "Gizmo query";
    Array.prototype.forEach.call(document.querySelectorAll("#canned button"), function (b) {
      b.classList.toggle("active", !!q && b.getAttribute("data-name") === q.name);
    });
    renderArgs(q);
  }

  // isOptional tells whether a canned query's i-th parameter may be left out.
  function isOptional(q, i) { return i >= q.params.length - (q.optional || 0); }

  function renderArgs(q) {
    var box = clear($("args"));
    if (!q || !q.params.length) { box.hidden = true; return; }
    box.hidden = false;
    q.params.forEach(function (p, i) {
      var hint = p === "place" ? "e.g. a city" : p === "from" ? "optional: YYYY, YYYY-MM or YYYY-MM-DD"
        : "a name, e.g. " + (p === "person" ? "a person" : "a country or organisation");
      var input = h("input", { type: "text", "class": "arg", "data-param": p, "data-optional": isOptional(q, i) ? "1" : "", placeholder: hint,
        value: state.lastArgs[p] || "", "aria-label": p, spellcheck: "false",
        onkeydown: function (ev) { if (ev.key === "Enter") { ev.preventDefault(); runEditor(); } } });
      append(box, h("label", { "class": "arg-label" }, h("span", {}, p), input));
    });
  }

  // loadCanned puts a canned query in the editor and runs it, unless it
  // still needs an argument: then the argument box gets the focus.
  function loadCanned(q) {
    $("editor").value = q.text;
    setTitle(q);
    var missing = null;
    Array.prototype.forEach.call(document.querySelectorAll("#args input"), function (i) {
      if (!i.value.trim() && !missing && !i.getAttribute("data-optional")) { missing = i; }
    });
    if (missing) {
      missing.focus();
      setStatus("Enter " + missing.getAttribute("data-param") + " and press Enter to run " + q.name + ".");
      return;
    }
    runEditor();
  }

  function currentArgs() {
    var args = {};
    Array.prototype.forEach.call(document.querySelectorAll("#args input"), function (i) {
      args[i.getAttribute("data-param")] = i.value.trim();
      state.lastArgs[i.getAttribute("data-param")] = i.value.trim();
    });
    return args;
  }

  function setStatus(text) { $("status").textContent = text; }

  var runSeq = 0;
  function runEditor() {
    var text = $("editor").value;
    if (!text.trim()) { showError($("error"), new Error("the query is empty")); return; }
    var seq = ++runSeq, started = performance.now();
    $("error").hidden = true;
    $("run").disabled = true;
    document.body.classList.add("busy");
    setStatus("Running…");
    post("/api/kg/query", { query: text, args: currentArgs() }).then(function (body) {
      if (seq !== runSeq) { return; }
      state.rows = body.result || [];
      var ms = Math.round(performance.now() - started);
      setStatus(state.rows.length + (state.rows.length === 1 ? " row" : " rows") + " · " + ms + " ms" +
        (body.truncated ? " · truncated at the server's limit of " + body.limit : ""));
      renderResults();
      return drawResultGraph(state.rows);
    }).catch(function (err) {
      if (seq !== runSeq) { return; }
      state.rows = [];
      renderResults();
      graphView.setData([], []);
      setStatus("Query failed.");
      showError($("error"), err);
    }).then(function () {
      if (seq === runSeq) { $("run").disabled = false; document.body.classList.remove("busy"); }
    });
  }

  function setMode(mode) {
    state.mode = mode;
    Array.prototype.forEach.call(document.querySelectorAll("#result-mode button"), function (b) {
      b.classList.toggle("active", b.getAttribute("data-mode") === mode);
    });
    $("table-view").hidden = mode !== "table";
    $("json-view").hidden = mode !== "json";
  }

  var COLUMN_ORDER = ["date", "event", "person", "entity", "place", "subject", "predicate", "object", "role", "value",
    "represents", "jobTitle", "location", "attendees", "quote", "article", "articles", "headline", "published", "url",
    "entities", "sentence", "rule", "id"];

  function columns(rows) {
    var seen = {}, rest = [], out = [];
    rows.forEach(function (r) {
      if (r && typeof r === "object" && !Array.isArray(r)) { Object.keys(r).forEach(function (k) { seen[k] = true; }); }
    });
    COLUMN_ORDER.forEach(function (k) { if (seen[k]) { out.push(k); delete seen[k]; } });
    Object.keys(seen).forEach(function (k) { rest.push(k); });
    rest.sort();
    return out.concat(rest);
  }

  function renderResults() {
    var rows = state.rows;
    $("json-view").textContent = JSON.stringify(rows, null, 2);
    $("count").textContent = rows.length ? rows.length + (rows.length === 1 ? " row" : " rows") : "";
    var wrap = clear($("table-view"));
    if (!rows.length) {
      append(wrap, h("div", { "class": "empty" }, "No results."));
      return;
    }
    var cols = columns(rows);
    // Like kg query --format table: node IRIs in "id" are for programs
    // (the JSON view keeps them), unless they are all there is.
    if (cols.length > 1) { cols = cols.filter(function (c) { return c !== "id"; }); }
    var plain = cols.length === 0;
    if (plain) { cols = ["value"]; }
    var thead = h("thead", {}, h("tr", {}, cols.map(function (c) { return h("th", { scope: "col" }, c); })));
    var tbody = h("tbody");
    rows.forEach(function (r) {
      var isObj = r && typeof r === "object" && !Array.isArray(r);
      append(tbody, h("tr", {}, cols.map(function (c) {
        return h("td", { "class": "col-" + c }, cell(isObj ? r[c] : (c === "value" || plain ? r : undefined)));
      })));
    });
    append(wrap, h("table", { "class": "results" }, thead, tbody));
  }

  // cell renders a result value: entity IRIs and known entity names become
  // links to their pages.
  function cell(v) {
    if (v === undefined || v === null) { return ""; }
    if (Array.isArray(v)) {
      var parts = [];
      v.forEach(function (x, i) { if (i) { parts.push(", "); } parts.push(cell(x)); });
      return parts;
    }
    if (typeof v === "object") { return h("code", {}, JSON.stringify(v)); }
    var s = String(v);
    var m = /^<urn:kg:((?:person|org|place|event)\/[^>]+)>$/.exec(s);
    if (m) { return h("a", { href: entityHref(m[1]), "class": "iri" }, state.names[m[1]] || m[1]); }
    if (/^<.*>$/.test(s)) { return h("span", { "class": "iri" }, s); }
    var typed = /^"(.*)"\^\^<[^>]*>$/.exec(s);
    if (typed) { return typed[1]; }
    if (state.nameIds && state.nameIds[s]) { return h("a", { href: entityHref(state.nameIds[s]) }, s); }
    return s;
  }

  // resultValues collects the strings in query results that may name an
  // entity, for the graph.
  function resultValues(rows) {
    var out = [], seen = {};
    function walk(v, depth) {
      if (out.length >= 1000 || depth > 3 || v === null || v === undefined) { return; }
      if (typeof v === "string") {
        if (v.length <= 200 && !seen[v]) { seen[v] = true; out.push(v); }
      } else if (Array.isArray(v)) {
        v.forEach(function (x) { walk(x, depth + 1); });
      } else if (typeof v === "object") {
        Object.keys(v).forEach(function (k) { walk(v[k], depth + 1); });
      }
    }
    rows.forEach(function (r) { walk(r, 0); });
    return out;
  }

  function drawResultGraph(rows) {
    return post("/api/kg/graph", { values: resultValues(rows) }).then(function (g) {
      state.names = {};
      state.nameIds = {};
      g.nodes.forEach(function (n) { state.names[n.id] = n.name; state.nameIds[n.name] = n.id; });
      renderResults();
      graphView.setData(g.nodes, g.edges);
      $("graph-count").textContent = g.nodes.length ? g.nodes.length + " entities · " + g.edges.length + " edges" : "";
    });
  }

  function expand(id) {
    api("/api/kg/neighbors?id=" + encodeURIComponent(id)).then(function (g) {
      g.nodes.forEach(function (n) { state.names[n.id] = n.name; });
      graphView.merge(g.nodes, g.edges, id);
      $("graph-count").textContent = graphView.nodes.length + " entities · " + graphView.edges.length + " edges";
    }).catch(function (err) { showError($("error"), err); });
  }

  function showSelection(n) {
    var box = clear($("selection"));
    box.hidden = !n;
    if (!n) { return; }
    append(box, [typeBadge(n.type), " ", h("strong", {}, n.name), " ",
      h("a", { href: entityHref(n.id) }, "Open entity page →")]);
  }

  // ---- entity view -----------------------------------------------------

  // entityURL is the entity endpoint for a page of facts or articles
  // (the other list left out).
  function entityURL(id, part, offset) {
    var u = "/api/kg/entity?id=" + encodeURIComponent(id);
    if (part === "facts") { u += "&articles_limit=0&facts_offset=" + offset; }
    if (part === "articles") { u += "&facts_limit=0&articles_offset=" + offset; }
    return u;
  }

  var entitySeq = 0;
  function showEntity(id) {
    var box = clear($("entity")), seq = ++entitySeq;
    append(box, h("div", { "class": "loading" }, "Loading…"));
    api(entityURL(id)).then(function (e) {
      if (seq !== entitySeq) { return; }
      renderEntity(box, e);
      document.title = e.name + " · kg console";
    }).catch(function (err) {
      clear(box);
      var eb = h("div", { "class": "error" });
      showError(eb, err);
      append(box, eb);
    });
  }

  // moreButton fetches the next page of a list when clicked and hands it
  // to add; it says how many items are left.
  function moreButton(page, noun, fetchNext, add) {
    var left = page.remaining ? " (" + page.remaining.toLocaleString("en") + (page.total_exact ? "" : "+") + " more " + noun + ")" : "";
    var b = h("button", { type: "button", "class": "more" }, "more…" + left);
    b.addEventListener("click", function () {
      b.disabled = true;
      b.textContent = "Loading…";
      fetchNext(page.next).then(function (body) {
        add(body);
        b.remove();
      }).catch(function (err) {
        b.disabled = false;
        b.textContent = "more… (failed: " + err.message + ")";
      });
    });
    return b;
  }

  function termView(t) {
    if (!t) { return ""; }
    if (t.id) { return h("a", { href: entityHref(t.id), "class": "term type-" + t.type }, t.name); }
    return h("span", { "class": "literal" }, t.value);
  }

  // highlight marks the names of the fact's subject and object in its
  // evidence sentence.
  function highlight(sentence, terms) {
    var words = terms.filter(function (w) { return w && w.length > 1; })
      .sort(function (a, b) { return b.length - a.length; });
    if (!words.length) { return sentence; }
    var re = new RegExp("(" + words.map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }).join("|") + ")", "g");
    var out = [], last = 0, m;
    var letter = /[\p{L}\p{N}]/u;
    while ((m = re.exec(sentence)) !== null) {
      var end = m.index + m[0].length;
      // Whole words only: "Russia" is not marked inside "Russian".
      if (letter.test(sentence.charAt(m.index - 1) || " ") || letter.test(sentence.charAt(end) || " ")) { continue; }
      if (m.index > last) { out.push(sentence.slice(last, m.index)); }
      out.push(h("mark", {}, m[0]));
      last = end;
    }
    out.push(sentence.slice(last));
    return out;
  }

  function articleView(a) {
    if (!a) { return h("span", { "class": "muted" }, "no article recorded"); }
    var title = a.headline || a.id;
    var link = /^https?:\/\//.test(a.url || "") ? h("a", { href: a.url, target: "_blank", rel: "noopener noreferrer" }, title) : h("span", { "class": "headline" }, title);
    return h("span", { "class": "article" }, link,
      a.headline ? h("span", { "class": "muted" }, " · " + a.id) : null,
      a.published ? h("span", { "class": "muted" }, " · " + a.published) : null);
  }

  function plural(n, one, many) { return n.toLocaleString("en") + " " + (n === 1 ? one : many); }

  function renderEntity(box, e) {
    clear(box);
    var fp = e.facts_page || {}, ap = e.articles_page || {};
    var header = h("div", { "class": "card entity-head" },
      h("div", { "class": "entity-title" }, typeBadge(e.type), h("h1", {}, e.name)),
      h("div", { "class": "entity-id" }, h("code", {}, e.iri)),
      e.aliases.length ? h("div", { "class": "aliases" }, h("span", { "class": "muted" }, "Also known as "),
        e.aliases.map(function (a) { return h("span", { "class": "chip" }, a); })) : null,
      h("div", { "class": "entity-actions" },
        h("button", { type: "button", "class": "primary", onclick: function () { showInGraph(e); } }, "Show in graph"),
        h("span", { "class": "muted" }, plural(fp.total || 0, "fact", "facts") + (fp.total_exact === false ? "+" : "") +
          " · mentioned in " + plural(ap.total || 0, "article", "articles") + (ap.total_exact === false ? "+" : ""))));
    append(box, header);

    var facts = h("section", { "class": "card facts" }, h("h2", {}, "Facts and evidence"));
    var body = h("div", { "class": "fact-groups" });
    append(facts, body);
    var all = [];
    function addFacts(page) {
      all = all.concat(page.facts || []);
      renderFacts(body, all);
      if (page.facts_page && page.facts_page.truncated) {
        append(facts, moreButton(page.facts_page, "facts", function (next) { return api(entityURL(e.id, "facts", next)); }, addFacts));
      }
    }
    addFacts(e);
    if (!all.length) { append(body, h("p", { "class": "muted" }, "No facts were extracted about this entity.")); }
    append(box, facts);

    var arts = h("section", { "class": "card" }, h("h2", {}, "Mentioned in"));
    var ul = h("ul", { "class": "article-list" });
    append(arts, ul);
    function addArticles(page) {
      (page.articles || []).forEach(function (a) { append(ul, h("li", {}, articleView(a))); });
      if (page.articles_page && page.articles_page.truncated) {
        append(arts, moreButton(page.articles_page, "articles", function (next) { return api(entityURL(e.id, "articles", next)); }, addArticles));
      }
    }
    addArticles(e);
    if (!e.articles.length) { append(ul, h("li", { "class": "muted" }, "No article mentions it.")); }
    append(box, arts);
  }

  // renderFacts lists facts grouped by predicate, each with the articles
  // that state it and their evidence.
  function renderFacts(body, list) {
    clear(body);
    var groups = {}, order = [];
    list.forEach(function (f) {
      if (!groups[f.predicate]) { groups[f.predicate] = []; order.push(f.predicate); }
      groups[f.predicate].push(f);
    });
    order.forEach(function (p) {
      append(body, h("h3", {}, predLabel(p), h("span", { "class": "count" }, groups[p].length)));
      var ol = h("ol", { "class": "fact-list" });
      groups[p].forEach(function (f) {
        var names = [f.subject.name || f.subject.value, f.object.name || f.object.value];
        var srcs = f.sources || [];
        var li = h("li", { "class": "fact" },
          h("div", { "class": "triple" }, termView(f.subject), h("span", { "class": "pred" }, predLabel(f.predicate)), termView(f.object),
            h("span", { "class": "muted source-count" }, " · stated in " + plural(f.source_count || srcs.length, "article", "articles"))));
        srcs.forEach(function (src) {
          append(li, h("div", { "class": "source" },
            src.sentence ? h("blockquote", { "class": "evidence" }, highlight(src.sentence, names)) : null,
            h("div", { "class": "provenance" }, articleView(src.article),
              src.rule ? h("span", { "class": "rule", title: "extraction rule" }, src.rule) : null)));
        });
        if ((f.source_count || 0) > srcs.length) {
          append(li, h("div", { "class": "muted more-sources" }, "and " + plural(f.source_count - srcs.length, "more article", "more articles")));
        }
        append(ol, li);
      });
      append(body, ol);
    });
  }

  function showInGraph(e) {
    location.hash = "#/query";
    api("/api/kg/neighbors?id=" + encodeURIComponent(e.id)).then(function (g) {
      graphView.setData(g.nodes, g.edges);
      $("graph-count").textContent = g.nodes.length + " entities · " + g.edges.length + " edges";
      var n = graphView.byId[e.id];
      if (n) { graphView.select(n); }
    }).catch(function (err) { showError($("error"), err); });
  }

  // ---- timeline view ---------------------------------------------------

  function showTimeline() {
    var box = clear($("timeline"));
    append(box, h("div", { "class": "loading" }, "Loading…"));
    api("/api/kg/timeline").then(function (body) {
      clear(box);
      var count = h("p", { "class": "muted" }), shown = 0;
      append(box, h("div", { "class": "card" }, h("h2", {}, "Timeline of events"), count));
      var list = h("ol", { "class": "timeline" });
      append(box, list);
      function add(page) {
        var rows = page.result || [];
        shown += rows.length;
        count.textContent = plural(shown, "event", "events") + (page.truncated ? " so far" : "") + "; undated ones last. Names link to their entity pages.";
        rows.forEach(function (r) {
          var id = (/^<urn:kg:(.*)>$/.exec(r.id || "") || [])[1];
          append(list, h("li", { "class": "tl-item" },
            h("div", { "class": "tl-date" }, r.date || "undated"),
            h("div", { "class": "tl-body card" },
              h("div", { "class": "tl-title" }, id ? h("a", { href: entityHref(id) }, r.event) : r.event),
              r.location && r.location.length ? h("div", { "class": "tl-row" }, h("span", { "class": "muted" }, "Where "),
                links(r.location)) : null,
              r.attendees && r.attendees.length ? h("div", { "class": "tl-row" }, h("span", { "class": "muted" }, "Who "),
                links(r.attendees)) : null,
              r.articles && r.articles.length ? h("div", { "class": "tl-row tl-sources" }, h("span", { "class": "muted" }, "Sources "),
                r.articles.join(", ")) : null)));
        });
        if (page.truncated && page.next) {
          append(box, moreButton({ next: page.next }, "events", function (next) {
            return api("/api/kg/timeline?cursor=" + encodeURIComponent(next));
          }, add));
        }
      }
      add(body);
      if (!shown) { append(list, h("li", { "class": "muted" }, "No events in the graph.")); }
    }).catch(function (err) {
      clear(box);
      var eb = h("div", { "class": "error" });
      showError(eb, err);
      append(box, eb);
    });
  }

  function links(names) {
    var out = [];
    names.forEach(function (n, i) {
      if (i) { out.push(" "); }
      out.push(h("a", { href: entityHref(n), "class": "chip" }, n));
    });
    return out;
  }

  // ---- search ----------------------------------------------------------

  function initSearch() {
    var input = $("search"), list = $("suggestions"), timer = null, seq = 0, items = [], active = -1;
    function close() { list.hidden = true; input.setAttribute("aria-expanded", "false"); active = -1; }
    function choose(i) {
      if (!items[i]) { return; }
      close();
      input.value = "";
      input.blur();
      location.hash = entityHref(items[i].id);
    }
    function mark() {
      Array.prototype.forEach.call(list.children, function (li, i) {
        li.classList.toggle("active", i === active);
        li.setAttribute("aria-selected", i === active ? "true" : "false");
      });
    }
    function lookup() {
      var q = input.value.trim(), my = ++seq;
      if (!q) { items = []; close(); return; }
      api("/api/kg/search?limit=8&q=" + encodeURIComponent(q)).then(function (body) {
        if (my !== seq) { return; }
        items = body.result || [];
        clear(list);
        active = items.length ? 0 : -1;
        items.forEach(function (it, i) {
          append(list, h("li", { role: "option", "class": "suggestion", "data-id": it.id,
            onmousedown: function (ev) { ev.preventDefault(); choose(i); } },
            h("i", { "class": "dot type-" + it.type }),
            h("span", { "class": "s-name" }, it.name),
            it.match ? h("span", { "class": "s-alias" }, "“" + it.match + "”") : null,
            h("span", { "class": "s-type" }, it.type)));
        });
        if (!items.length) { append(list, h("li", { "class": "suggestion none" }, "No entity matches “" + q + "”.")); }
        mark();
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }).catch(function (err) {
        clear(list);
        append(list, h("li", { "class": "suggestion none" }, "Search failed: " + err.message));
        list.hidden = false;
      });
    }
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(lookup, 120); });
    input.addEventListener("focus", function () { if (input.value.trim()) { lookup(); } });
    input.addEventListener("blur", function () { setTimeout(close, 100); });
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "ArrowDown" && items.length) { active = (active + 1) % items.length; mark(); ev.preventDefault(); }
      else if (ev.key === "ArrowUp" && items.length) { active = (active - 1 + items.length) % items.length; mark(); ev.preventDefault(); }
      else if (ev.key === "Enter") { ev.preventDefault(); choose(active < 0 ? 0 : active); }
      else if (ev.key === "Escape") { close(); input.blur(); }
    });
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "/" && document.activeElement && ["INPUT", "TEXTAREA"].indexOf(document.activeElement.tagName) < 0) {
        ev.preventDefault();
        input.focus();
      }
    });
  }

  // ---- stats -----------------------------------------------------------

  function loadStats() {
    api("/api/kg/stats").then(function (st) {
      var ents = 0, facts = 0;
      Object.keys(st.entities || {}).forEach(function (k) { ents += st.entities[k]; });
      Object.keys(st.facts || {}).forEach(function (k) { facts += st.facts[k]; });
      var box = clear($("stats"));
      append(box, [
        h("dl", {},
          stat("Articles", st.articles), stat("Entities", ents), stat("Facts", facts), stat("Quads", st.quads))]);
    }).catch(function () { /* the stats are decoration; the query view reports errors */ });
  }

  function stat(label, n) { return h("div", { "class": "stat" }, h("dt", {}, label), h("dd", {}, (n || 0).toLocaleString("en"))); }

  // ---- routing ---------------------------------------------------------

  function route() {
    var hash = location.hash || "#/query", view = "query", arg = "";
    if (hash.indexOf("#/entity/") === 0) { view = "entity"; arg = decodeURIComponent(hash.slice(9)); }
    else if (hash === "#/timeline") { view = "timeline"; }
    ["query", "entity", "timeline"].forEach(function (v) { $("view-" + v).hidden = v !== view; });
    Array.prototype.forEach.call(document.querySelectorAll("nav.tabs a"), function (a) {
      a.classList.toggle("active", a.getAttribute("data-view") === view);
    });
    if (view === "entity") {
      $("nav-entity").hidden = false;
      $("nav-entity").setAttribute("href", hash);
      showEntity(arg);
    } else {
      document.title = "kg console";
    }
    if (view === "timeline") { showTimeline(); }
    if (view === "query" && graphView && !graphView.running && graphView.nodes.length && !graphView.userMoved) { graphView.fit(); }
  }

  document.addEventListener("DOMContentLoaded", function () {
    initQueryView();
    initSearch();
    loadStats();
    window.addEventListener("hashchange", route);
    route();
    runEditor();
  });
})();
