// graph.js: a small force-directed graph view drawn in SVG.
//
// new ForceGraph(container, {onSelect, onExpand, onOpen}) draws nodes
// ({id, name, type}) and edges ({source, target, predicate}) given to
// setData or merge. Nodes repel each other, edges pull like springs, and a
// weak pull keeps everything near the centre; the simulation cools and
// stops. Drag a node to move it, drag the background to pan, scroll to
// zoom, click a node to select and expand it, double-click to open it.
"use strict";

(function () {
  var SVG = "http://www.w3.org/2000/svg";
  var TYPES = ["Person", "Organization", "Place", "Event", "Thing"];

  function el(name, attrs, parent) {
    var e = document.createElementNS(SVG, name);
    for (var k in attrs) { e.setAttribute(k, attrs[k]); }
    if (parent) { parent.appendChild(e); }
    return e;
  }

  function ForceGraph(container, opts) {
    this.opts = opts || {};
    this.container = container;
    this.nodes = [];
    this.edges = [];
    this.byId = {};
    this.edgeKeys = {};
    this.view = { x: 0, y: 0, k: 1 };
    this.userMoved = false;
    this.alpha = 0;
    this.running = false;
    this.selected = null;

    var svg = this.svg = el("svg", { "class": "fg", role: "img", "aria-label": "graph of the result" }, container);
    var defs = el("defs", {}, svg);
    var marker = el("marker", { id: "fg-arrow", viewBox: "0 0 10 10", refX: "10", refY: "5",
      markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse" }, defs);
    el("path", { d: "M 0 0 L 10 5 L 0 10 z", "class": "fg-arrow" }, marker);
    this.viewport = el("g", { "class": "fg-viewport" }, svg);
    this.edgeLayer = el("g", { "class": "fg-edges" }, this.viewport);
    this.labelLayer = el("g", { "class": "fg-edge-labels" }, this.viewport);
    this.nodeLayer = el("g", { "class": "fg-nodes" }, this.viewport);
    this.empty = document.createElement("div");
    this.empty.className = "fg-empty";
    this.empty.textContent = "No entities to draw yet.";
    container.appendChild(this.empty);
    this.bindPointer();
  }

  ForceGraph.TYPES = TYPES;

  ForceGraph.prototype.size = function () {
    var r = this.svg.getBoundingClientRect();
    return { w: r.width || 600, h: r.height || 400 };
  };

  // setData replaces the graph.
  ForceGraph.prototype.setData = function (nodes, edges) {
    this.nodes = []; this.edges = []; this.byId = {}; this.edgeKeys = {};
    this.selected = null;
    this.userMoved = false;
    this.view = { x: 0, y: 0, k: 1 };
    while (this.edgeLayer.firstChild) { this.edgeLayer.removeChild(this.edgeLayer.firstChild); }
    while (this.labelLayer.firstChild) { this.labelLayer.removeChild(this.labelLayer.firstChild); }
    while (this.nodeLayer.firstChild) { this.nodeLayer.removeChild(this.nodeLayer.firstChild); }
    this.merge(nodes, edges, null);
    this.applyView();
  };

  // merge adds nodes and edges not yet drawn; new nodes start near the
  // node they were expanded from, if any.
  ForceGraph.prototype.merge = function (nodes, edges, from) {
    var s = this.size(), origin = from && this.byId[from];
    var n0 = this.nodes.length, self = this;
    (nodes || []).forEach(function (n, i) {
      if (self.byId[n.id]) { return; }
      var a = (i / Math.max(1, nodes.length)) * 2 * Math.PI + Math.random() * 0.3;
      var rad = origin ? 40 + Math.random() * 30 : 60 + 12 * Math.sqrt(n0 + i) * 6;
      var node = { id: n.id, name: n.name || n.id, type: TYPES.indexOf(n.type) >= 0 ? n.type : "Thing",
        x: (origin ? origin.x : s.w / 2) + Math.cos(a) * rad, y: (origin ? origin.y : s.h / 2) + Math.sin(a) * rad,
        vx: 0, vy: 0, fixed: false, degree: 0 };
      self.byId[n.id] = node;
      self.nodes.push(node);
      self.drawNode(node);
    });
    (edges || []).forEach(function (e) {
      var key = e.source + "\u0000" + e.predicate + "\u0000" + e.target;
      var a = self.byId[e.source], b = self.byId[e.target];
      if (self.edgeKeys[key] || !a || !b) { return; }
      self.edgeKeys[key] = true;
      // Parallel edges between one pair share a line; their labels stack.
      var twin = null;
      for (var i = 0; i < self.edges.length; i++) {
        var o = self.edges[i];
        if ((o.a === a && o.b === b) || (o.a === b && o.b === a)) { twin = o; break; }
      }
      if (twin) {
        if (twin.labels.indexOf(e.predicate) < 0) { twin.labels.push(e.predicate); }
        twin.label.textContent = twin.labels.join(" · ");
        return;
      }
      var edge = { a: a, b: b, labels: [e.predicate] };
      a.degree++; b.degree++;
      self.drawEdge(edge);
      self.edges.push(edge);
    });
    this.empty.hidden = this.nodes.length > 0;
    this.nodes.forEach(function (n) { self.sizeNode(n); });
    this.kick(1);
  };

  ForceGraph.prototype.radius = function (n) { return 7 + Math.min(9, Math.sqrt(n.degree) * 2.5); };

  ForceGraph.prototype.drawNode = function (n) {
    var g = el("g", { "class": "node type-" + n.type, "data-id": n.id, tabindex: "0" }, this.nodeLayer);
    n.circle = el("circle", { r: 8 }, g);
    n.text = el("text", { "class": "node-label", dy: "1.9em", "text-anchor": "middle" }, g);
    n.text.textContent = n.name.length > 28 ? n.name.slice(0, 27) + "…" : n.name;
    var title = el("title", {}, g);
    title.textContent = n.name + " (" + n.type + ")\n" + n.id;
    n.g = g;
    var self = this;
    g.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter") { self.select(n); if (self.opts.onExpand) { self.opts.onExpand(n); } }
    });
  };

  ForceGraph.prototype.sizeNode = function (n) {
    var r = this.radius(n);
    n.circle.setAttribute("r", r);
    n.text.setAttribute("dy", (r + 12) + "px");
  };

  ForceGraph.prototype.drawEdge = function (e) {
    e.line = el("line", { "class": "edge", "marker-end": "url(#fg-arrow)" }, this.edgeLayer);
    e.label = el("text", { "class": "edge-label", "text-anchor": "middle", dy: "-3" }, this.labelLayer);
    e.label.textContent = e.labels[0];
  };

  ForceGraph.prototype.kick = function (alpha) {
    this.alpha = Math.max(this.alpha, alpha);
    if (this.running) { return; }
    this.running = true;
    this.svg.setAttribute("data-settled", "false");
    var self = this;
    var frame = function () {
      // Several steps a frame: the layout settles in well under a second.
      for (var i = 0; i < 3 && self.alpha > 0.004; i++) { self.step(); }
      self.render();
      if (self.alpha > 0.004) {
        window.requestAnimationFrame(frame);
      } else {
        self.running = false;
        if (!self.userMoved) { self.fit(); }
        self.svg.setAttribute("data-settled", "true");
      }
    };
    window.requestAnimationFrame(frame);
  };

  ForceGraph.prototype.step = function () {
    var nodes = this.nodes, n = nodes.length, s = this.size(), alpha = this.alpha;
    var i, j, a, b, dx, dy, d2, d, f;
    for (i = 0; i < n; i++) {
      a = nodes[i];
      for (j = i + 1; j < n; j++) {
        b = nodes[j];
        dx = b.x - a.x; dy = b.y - a.y;
        d2 = dx * dx + dy * dy;
        if (d2 < 0.01) { dx = Math.random() - 0.5; dy = Math.random() - 0.5; d2 = dx * dx + dy * dy; }
        if (d2 > 250000) { continue; }
        f = 1000 * alpha / d2;
        a.vx -= dx * f; a.vy -= dy * f;
        b.vx += dx * f; b.vy += dy * f;
      }
    }
    this.edges.forEach(function (e) {
      dx = e.b.x - e.a.x; dy = e.b.y - e.a.y;
      d = Math.sqrt(dx * dx + dy * dy) || 1;
      f = (d - 90) / d * 0.1 * alpha;
      e.a.vx += dx * f; e.a.vy += dy * f;
      e.b.vx -= dx * f; e.b.vy -= dy * f;
    });
    var cx = s.w / 2, cy = s.h / 2;
    for (i = 0; i < n; i++) {
      a = nodes[i];
      a.vx += (cx - a.x) * 0.015 * alpha;
      a.vy += (cy - a.y) * 0.015 * alpha;
      if (a.fixed) { a.vx = a.vy = 0; continue; }
      a.vx *= 0.6; a.vy *= 0.6;
      a.x += Math.max(-40, Math.min(40, a.vx));
      a.y += Math.max(-40, Math.min(40, a.vy));
    }
    this.alpha *= 0.985;
  };

  ForceGraph.prototype.render = function () {
    var self = this;
    this.edges.forEach(function (e) {
      var dx = e.b.x - e.a.x, dy = e.b.y - e.a.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
      var ra = self.radius(e.a), rb = self.radius(e.b) + 2;
      e.line.setAttribute("x1", e.a.x + dx / d * ra);
      e.line.setAttribute("y1", e.a.y + dy / d * ra);
      e.line.setAttribute("x2", e.b.x - dx / d * rb);
      e.line.setAttribute("y2", e.b.y - dy / d * rb);
      var mx = (e.a.x + e.b.x) / 2, my = (e.a.y + e.b.y) / 2;
      var ang = Math.atan2(dy, dx) * 180 / Math.PI;
      if (ang > 90) { ang -= 180; } else if (ang < -90) { ang += 180; }
      e.label.setAttribute("transform", "translate(" + mx.toFixed(1) + "," + my.toFixed(1) + ") rotate(" + ang.toFixed(1) + ")");
    });
    this.nodes.forEach(function (n) {
      n.g.setAttribute("transform", "translate(" + n.x.toFixed(1) + "," + n.y.toFixed(1) + ")");
    });
  };

  ForceGraph.prototype.applyView = function () {
    var v = this.view;
    this.viewport.setAttribute("transform", "translate(" + v.x.toFixed(1) + "," + v.y.toFixed(1) + ") scale(" + v.k.toFixed(3) + ")");
  };

  // fit zooms and pans so that every node is in view.
  ForceGraph.prototype.fit = function () {
    if (!this.nodes.length) { return; }
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    this.nodes.forEach(function (n) {
      minX = Math.min(minX, n.x); maxX = Math.max(maxX, n.x);
      minY = Math.min(minY, n.y); maxY = Math.max(maxY, n.y);
    });
    var s = this.size(), pad = 50;
    var w = Math.max(1, maxX - minX), h = Math.max(1, maxY - minY);
    var k = Math.min(1.6, (s.w - 2 * pad) / w, (s.h - 2 * pad) / h);
    k = Math.max(0.2, k);
    this.view = { k: k, x: s.w / 2 - k * (minX + maxX) / 2, y: s.h / 2 - k * (minY + maxY) / 2 };
    this.applyView();
  };

  ForceGraph.prototype.select = function (n) {
    if (this.selected) { this.selected.g.classList.remove("selected"); }
    this.selected = n;
    if (n) { n.g.classList.add("selected"); }
    var self = this;
    this.edges.forEach(function (e) {
      var on = n && (e.a === n || e.b === n);
      e.line.classList.toggle("hl", !!on);
      e.label.classList.toggle("hl", !!on);
    });
    if (this.opts.onSelect) { this.opts.onSelect(n); }
    return self;
  };

  // toGraph converts a client point to graph coordinates.
  ForceGraph.prototype.toGraph = function (cx, cy) {
    var r = this.svg.getBoundingClientRect(), v = this.view;
    return { x: (cx - r.left - v.x) / v.k, y: (cy - r.top - v.y) / v.k };
  };

  ForceGraph.prototype.bindPointer = function () {
    var self = this, svg = this.svg, drag = null;
    svg.addEventListener("pointerdown", function (ev) {
      if (ev.button !== 0) { return; }
      var g = ev.target.closest ? ev.target.closest("g.node") : null;
      var node = g ? self.byId[g.getAttribute("data-id")] : null;
      drag = { node: node, sx: ev.clientX, sy: ev.clientY, vx: self.view.x, vy: self.view.y, moved: false };
      if (node) { node.fixed = true; }
      svg.setPointerCapture(ev.pointerId);
      svg.classList.add("dragging");
      ev.preventDefault();
    });
    svg.addEventListener("pointermove", function (ev) {
      if (!drag) { return; }
      var dx = ev.clientX - drag.sx, dy = ev.clientY - drag.sy;
      if (Math.abs(dx) + Math.abs(dy) > 3) { drag.moved = true; }
      if (!drag.moved) { return; }
      if (drag.node) {
        var p = self.toGraph(ev.clientX, ev.clientY);
        drag.node.x = p.x; drag.node.y = p.y;
        self.kick(0.3);
        self.render();
      } else {
        self.view.x = drag.vx + dx; self.view.y = drag.vy + dy;
        self.userMoved = true;
        self.applyView();
      }
    });
    var end = function (ev) {
      if (!drag) { return; }
      var d = drag;
      drag = null;
      svg.classList.remove("dragging");
      if (d.node) {
        if (d.moved) { self.userMoved = true; return; }  // a dragged node stays where it was put
        d.node.fixed = false;
        self.select(d.node);
        if (self.opts.onExpand) { self.opts.onExpand(d.node); }
      } else if (!d.moved && ev.type === "pointerup") {
        self.select(null);
      }
    };
    svg.addEventListener("pointerup", end);
    svg.addEventListener("pointercancel", end);
    svg.addEventListener("dblclick", function (ev) {
      var g = ev.target.closest ? ev.target.closest("g.node") : null;
      if (g && self.opts.onOpen) { self.opts.onOpen(self.byId[g.getAttribute("data-id")]); }
    });
    svg.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      var r = svg.getBoundingClientRect(), v = self.view;
      var k = Math.max(0.15, Math.min(5, v.k * Math.exp(-ev.deltaY * 0.0015)));
      var px = ev.clientX - r.left, py = ev.clientY - r.top;
      v.x = px - (px - v.x) * (k / v.k);
      v.y = py - (py - v.y) * (k / v.k);
      v.k = k;
      self.userMoved = true;
      self.applyView();
    }, { passive: false });
  };

  // zoomBy zooms around the centre of the view, for the +/- buttons.
  ForceGraph.prototype.zoomBy = function (factor) {
    var s = this.size(), v = this.view;
    var k = Math.max(0.15, Math.min(5, v.k * factor));
    v.x = s.w / 2 - (s.w / 2 - v.x) * (k / v.k);
    v.y = s.h / 2 - (s.h / 2 - v.y) * (k / v.k);
    v.k = k;
    this.userMoved = true;
    this.applyView();
  };

  window.ForceGraph = ForceGraph;
})();
