/* The newskg page: labels, filters, search, details with evidence, and exports, over the network
   that pyvis set up (the globals `network`, `nodes`, `edges`).
   Text from the articles goes into the page through textContent, never as HTML, and only http(s)
   links are rendered (kg/show.py drops any other URL before it reaches this script). */
(function () {
  "use strict";
  var K = JSON.parse(document.getElementById("kg-data").textContent);
  var N = network.body.data.nodes, E = network.body.data.edges;
  var FONT = K.font, NN = K.nodes.length, NE = K.edges.length;
  // In a big graph the edges are not vis-network items (making 20,000 of them takes seconds): this
  // script draws them under the nodes and finds the one under a click.
  var OWN_EDGES = !!K.ownEdges;
  var LABEL_PX = 13, EDGE_PX = 12, CLOSE_ZOOM = 2, MAX_LABELS = 400, startScale = 1;
  var $ = function (id) { return document.getElementById(id); };
  var card = $("mynetwork").parentNode;

  // ---------- derived data
  var adj = [], i, k;
  for (i = 0; i < NN; i++) adj.push([]);
  K.edges.forEach(function (e, k) {
    adj[e.from].push(k); adj[e.to].push(k);
    var a = {}; e.ev.forEach(function (v) { a[v[0]] = 1; });
    e.support = Object.keys(a).length;
  });
  var byRank = K.nodes.map(function (_, i) { return i; }).sort(function (a, b) { return K.nodes[a].rank - K.nodes[b].rank; });
  var allDates = [];
  K.edges.forEach(function (e) { e.ev.forEach(function (v) { if (v[3]) allDates.push(v[3]); }); });
  allDates.sort();
  var nUndated = 0;
  K.edges.forEach(function (e) { e.ev.forEach(function (v) { if (!v[3]) nUndated++; }); });

  // ---------- state
  var S = {fam: {}, type: {}, hedged: true, from: "", to: "", undated: true, minSupport: 1, arts: {}, allArts: true};
  var visE = new Uint8Array(NE).fill(1), visN = new Uint8Array(NN).fill(1), live = K.edges.map(function (e) { return e.ev; });
  var sel = {node: null, edge: null}, hov = {node: null, edge: null}, focusN = null, focusE = null;
  var dimN = new Uint8Array(NN), dimE = new Uint8Array(NE);
  var labelsDirty = true, lastKey = "", placed = [], atStart = true;

  // ---------- words
  function cap(s) { return s.charAt(0).toUpperCase() + s.slice(1); }
  function hedgeOf(e) {
    var order = ["future", "conditional", "negated"];
    for (var j = 0; j < order.length; j++) {
      if (e.ev.some(function (v) { return v[4] === order[j]; })) return order[j];
    }
    return "negated";
  }
  var HEDGE_WORD = {asserted: "Asserted", negated: "Denied or negated", conditional: "Conditional", future: "Planned"};
  function fact(k) {
    var e = K.edges[k], f = K.families[e.family];
    var tpl = e.asserted ? f.past : K.hedges[hedgeOf(e)].replace("{base}", f.base);
    return cap(K.nodes[e.from].ref + " " + tpl.replace("{b}", K.nodes[e.to].ref));
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function el(tag, text, cls) {
    var d = document.createElement(tag);
    if (text !== undefined && text !== null) d.textContent = text;
    if (cls) d.className = cls;
    return d;
  }
  function link(url, text) {  // only http(s) URLs reach the page; checked again here
    if (!/^https?:\/\//i.test(url || "")) return el("span", text);
    var a = el("a", text); a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer"; return a;
  }

  // ---------- filters
  function evPass(v) {
    if (v[0] >= 0 ? !S.arts[v[0]] : !S.allArts) return false;
    if (!v[3]) return S.undated;
    return (!S.from || v[3] >= S.from) && (!S.to || v[3] <= S.to);
  }
  function applyFilters() {
    var deg = new Int32Array(NN), eu = [], nu = [], ne = 0, nn = 0;
    for (var k = 0; k < NE; k++) {
      var e = K.edges[k], ok = S.fam[e.family] !== false && (e.asserted || S.hedged) &&
        S.type[K.nodes[e.from].type] !== false && S.type[K.nodes[e.to].type] !== false, evs = null;
      if (ok) {
        evs = e.ev.filter(evPass);
        var a = {}; evs.forEach(function (v) { a[v[0]] = 1; });
        ok = e.ev.length ? evs.length > 0 && Object.keys(a).length >= S.minSupport
                         : S.minSupport <= 1 && S.allArts && S.undated;
      }
      live[k] = ok ? evs : null;
      if ((ok ? 1 : 0) !== visE[k]) { eu.push({id: k, hidden: !ok}); visE[k] = ok ? 1 : 0; }
      if (ok) { deg[e.from]++; deg[e.to]++; ne++; }
    }
    for (var i = 0; i < NN; i++) {
      var v = deg[i] > 0 ? 1 : 0;
      if (v !== visN[i]) { nu.push({id: i, hidden: !v}); visN[i] = v; }
      nn += v;
    }
    if (nu.length) N.update(nu);
    if (eu.length && !OWN_EDGES) E.update(eu);
    report(nn, ne);
    if (sel.node !== null && !visN[sel.node]) clearSelection();
    else if (sel.edge !== null && !visE[sel.edge]) clearSelection();
    else if (sel.node !== null) focusNode(sel.node);
    else if (sel.edge !== null) focusEdge(sel.edge);
    emptyMessage(ne);
    labelsDirty = true;
    network.redraw();
  }
  function report(nn, ne) {
    var d = $("kg-drawn");
    d.dataset.nodes = nn; d.dataset.edges = ne;
    d.textContent = "Showing " + nn + " of " + NN + " entities and " + ne + " of " + NE + " facts";
  }

  // ---------- highlight: everything outside the focus is greyed, nodes and edges alike
  function nodeColour(i) {
    var c = K.types[K.nodes[i].type] || K.types.Organization;
    return {background: c.colour, border: c.border, highlight: {background: c.colour, border: "#111111"},
            hover: {background: c.colour, border: "#111111"}};
  }
  var DIM_NODE = {background: "#eeeeee", border: "#d2d2d2", highlight: {background: "#eeeeee", border: "#d2d2d2"},
                  hover: {background: "#eeeeee", border: "#d2d2d2"}};
  function edgeColour(k) {
    var c = K.families[K.edges[k].family].colour;
    return {color: c, highlight: c, hover: c, inherit: false, opacity: 1};
  }
  var DIM_EDGE = {color: "#e4e4e4", highlight: "#e4e4e4", hover: "#e4e4e4", inherit: false, opacity: 0.7};
  function setFocus(nodeSet, edgeSet) {
    focusN = nodeSet; focusE = edgeSet;
    var nu = [], eu = [];
    for (var i = 0; i < NN; i++) {
      var d = nodeSet && !nodeSet[i] ? 1 : 0;
      if (d !== dimN[i]) { dimN[i] = d; nu.push({id: i, color: d ? DIM_NODE : nodeColour(i)}); }
    }
    for (var k = 0; k < NE; k++) {
      var de = edgeSet && !edgeSet[k] ? 1 : 0;
      if (de !== dimE[k]) { dimE[k] = de; eu.push({id: k, color: de ? DIM_EDGE : edgeColour(k)}); }
    }
    if (nu.length) N.update(nu);
    if (eu.length && !OWN_EDGES) E.update(eu);
    labelsDirty = true;
  }
  function focusNode(i) {
    var ns = {}, es = {}; ns[i] = 1;
    adj[i].forEach(function (k) {
      if (!visE[k]) return;
      es[k] = 1; ns[K.edges[k].from] = 1; ns[K.edges[k].to] = 1;
    });
    setFocus(ns, es);
  }
  function focusEdge(k) {
    var ns = {}, es = {}; es[k] = 1; ns[K.edges[k].from] = 1; ns[K.edges[k].to] = 1;
    setFocus(ns, es);
  }
  function clearSelection() {
    sel.node = sel.edge = null;
    network.unselectAll();
    setFocus(null, null);
    showHint();
  }
  function selectNode(i, zoom) {
    sel.node = i; sel.edge = null;
    network.selectNodes([i], false);
    focusNode(i);
    showNode(i);
    if (zoom) {
      network.focus(i, {scale: Math.max(network.getScale(), 1.4), animation: false});
      atStart = false;
    }
    network.redraw();
  }
  function selectEdge(k, back) {
    sel.edge = k; sel.node = null;
    if (OWN_EDGES) network.unselectAll();
    else network.setSelection({nodes: [], edges: [k]}, {unselectAll: true, highlightEdges: false});
    focusEdge(k);
    showEdge(k, back);
    network.redraw();
  }

  // ---------- details panel
  function details(parts) {
    var box = $("kg-details"), hadFocus = box.contains(document.activeElement);
    while (box.firstChild) box.removeChild(box.firstChild);
    parts.forEach(function (p) { box.appendChild(p); });
    if (hadFocus) box.focus();  // a keyboard user who clicked inside stays inside, at the new content
  }
  function nodeButton(i) {
    var b = el("button", K.nodes[i].label, "kg-link"); b.type = "button";
    b.addEventListener("click", function () { selectNode(i, true); });
    return b;
  }
  function showHint() {
    var parts = [el("p", NE ? "Click a name or a line in the graph to read the facts and where they come from."
                            : "There is nothing to draw yet.", "kg-meta")];
    var top = byRank.filter(function (i) { return visN[i]; }).slice(0, 6);
    if (top.length) {
      parts.push(el("h3", "Most connected"));
      var ul = el("ul");
      top.forEach(function (i) { var li = el("li"); li.appendChild(nodeButton(i)); ul.appendChild(li); });
      parts.push(ul);
    }
    details(parts);
  }
  function factButton(k, back) {
    var b = el("button", null, "kg-fact"); b.type = "button"; b.dataset.edge = k;
    var sw = el("span", null, "kg-sw"); sw.style.background = K.families[K.edges[k].family].colour;
    b.appendChild(sw);
    b.appendChild(document.createTextNode(fact(k) + " "));
    b.appendChild(el("small", "· " + plural(K.edges[k].support, "article")));
    b.addEventListener("click", function () { selectEdge(k, back); });
    return b;
  }
  function showNode(i) {
    var n = K.nodes[i], t = K.types[n.type] || {label: n.type};
    var parts = [el("h2", n.label), el("p", t.label, "kg-meta")];
    if (n.names.length) parts.push(el("p", "Also named: " + n.names.join(", "), "kg-meta"));
    if (n.wikidata) {
      var p = el("p", null, "kg-meta"); p.appendChild(link(n.wikidata, "Wikidata " + n.wikidata.split("/").pop()));
      parts.push(p);
    }
    var shown = adj[i].filter(function (k) { return visE[k]; });
    shown.sort(function (a, b) {
      var ea = K.edges[a], eb = K.edges[b];
      return (eb.asserted - ea.asserted) || (eb.support - ea.support) || (fact(a) < fact(b) ? -1 : 1);
    });
    parts.push(el("h3", plural(shown.length, "fact")));
    var ul = el("ul");
    shown.forEach(function (k) { var li = el("li"); li.appendChild(factButton(k, i)); ul.appendChild(li); });
    parts.push(ul);
    var hidden = adj[i].length - shown.length;
    if (hidden) parts.push(el("p", plural(hidden, "more fact") + " hidden by the filters.", "kg-meta"));
    details(parts);
  }
  function quote(v) {
    var p = el("p", null, "kg-quote"), s = v[1], at = 0;
    var marks = v[2].slice().sort(function (a, b) { return a[0] - b[0]; });
    marks.forEach(function (m) {
      if (m[0] < at) return;  // overlapping mentions: keep the first
      p.appendChild(document.createTextNode(s.slice(at, m[0])));
      var mk = el("mark", s.slice(m[0], m[1]), m[2] === "agent" ? "kg-agent" : "kg-target");
      p.appendChild(mk);
      at = m[1];
    });
    p.appendChild(document.createTextNode(s.slice(at)));
    return p;
  }
  function showEdge(k, back) {
    var e = K.edges[k], parts = [];
    if (back !== undefined && back !== null) {
      var b = el("button", "← " + K.nodes[back].label, "kg-link"); b.type = "button";
      b.addEventListener("click", function () { selectNode(back, false); });
      parts.push(b);
    }
    parts.push(el("h2", fact(k)));
    var meta = (e.asserted ? "" : HEDGE_WORD[hedgeOf(e)] + " · ") + "Backed by " + plural(e.support, "article");
    parts.push(el("p", meta, "kg-meta"));
    var key = el("p", null, "kg-key");
    key.appendChild(el("mark", K.nodes[e.from].label, "kg-agent"));
    key.appendChild(document.createTextNode(" who  ·  "));
    key.appendChild(el("mark", K.nodes[e.to].label, "kg-target"));
    key.appendChild(document.createTextNode(" to whom"));
    parts.push(key);
    var groups = {}, order = [];
    e.ev.forEach(function (v) {
      if (!(v[0] in groups)) { groups[v[0]] = []; order.push(v[0]); }
      groups[v[0]].push(v);
    });
    order.forEach(function (a) {
      var box = el("div", null, "kg-ev"), art = K.articles[a] || {headline: "Unknown article", date: "", url: ""};
      var src = el("p", null, "kg-src");
      src.appendChild(link(art.url, art.headline));
      if (art.date) src.appendChild(document.createTextNode(" · " + art.date));
      box.appendChild(src);
      groups[a].forEach(function (v) {
        box.appendChild(quote(v));
        var m = [HEDGE_WORD[v[4]] || v[4]];
        if (v[5]) m.push("confidence " + v[5]);
        if (v[3] && v[3] !== art.date) m.push("event date " + v[3]);
        box.appendChild(el("p", m.join(" · "), "kg-meta"));
      });
      parts.push(box);
    });
    details(parts);
  }

  // ---------- labels: placed in screen space by importance, never overlapping, at least 12 px
  var widths = {}, measuredWith = "";
  function textWidth(ctx, text, font) {
    var key = font + "|" + text;
    if (!(key in widths)) {
      if (measuredWith !== font) { ctx.font = font; measuredWith = font; }  // setting a font parses it: slow
      widths[key] = ctx.measureText(text).width;
    }
    return widths[key];
  }
  function nodeFont(i) { return (K.nodes[i].rank < 12 ? "600 " : "400 ") + LABEL_PX + "px " + FONT; }
  var EDGE_FONT = "400 " + EDGE_PX + "px " + FONT;
  function viewKey() {
    var v = network.body.view, c = network.canvas.frame.canvas;
    return [v.scale, v.translation.x, v.translation.y, c.clientWidth, c.clientHeight].join(",");
  }
  function placeLabels(ctx) {
    measuredWith = "";  // vis-network may have drawn with another font since
    var c = network.canvas.frame.canvas, W = c.clientWidth, H = c.clientHeight;
    var v = network.body.view, sc = v.scale, tx = v.translation.x, ty = v.translation.y;
    var CELL = 64, grid = {}, out = [], bodyN = network.body.nodes;
    function cells(x0, y0, x1, y1, fn) {
      for (var gx = Math.floor(x0 / CELL); gx <= Math.floor(x1 / CELL); gx++)
        for (var gy = Math.floor(y0 / CELL); gy <= Math.floor(y1 / CELL); gy++) fn(gx + ":" + gy);
    }
    function collides(b, own, overNodes) {
      var hit = false;
      cells(b.x, b.y, b.x + b.w, b.y + b.h, function (key) {
        if (hit || !grid[key]) return;
        grid[key].forEach(function (o) {
          if (hit || o.own === own) return;
          if (o.r !== undefined) {  // a node's shape: a circle
            if (overNodes) return;
            var cx = Math.max(b.x, Math.min(o.x, b.x + b.w)), cy = Math.max(b.y, Math.min(o.y, b.y + b.h));
            if ((cx - o.x) * (cx - o.x) + (cy - o.y) * (cy - o.y) < o.r * o.r) hit = true;
          } else if (b.x < o.x + o.w + 2 && o.x < b.x + b.w + 2 && b.y < o.y + o.h + 1 && o.y < b.y + b.h + 1) hit = true;
        });
      });
      return hit;
    }
    function add(o, x0, y0, x1, y1) { cells(x0, y0, x1, y1, function (key) { (grid[key] = grid[key] || []).push(o); }); }
    var pos = new Array(NN);
    for (var i = 0; i < NN; i++) {
      if (!visN[i]) continue;
      var bn = bodyN[i], x = bn.x * sc + tx, y = bn.y * sc + ty, r = bn.options.size * sc + 2;
      if (x < -r || y < -r || x > W + r || y > H + r) continue;
      pos[i] = {x: x, y: y, r: r};
      var o = {x: x, y: y, r: r, own: "n" + i};
      add(o, x - r, y - r, x + r, y + r);
    }
    function tryBox(cands, own, item, overNodes) {
      for (var j = 0; j < cands.length; j++) {
        var b = cands[j];
        if (b.x < 1 || b.y < 1 || b.x + b.w > W - 1 || b.y + b.h > H - 1) continue;
        if (collides(b, own, overNodes)) continue;
        b.own = own;
        add(b, b.x, b.y, b.x + b.w, b.y + b.h);
        for (var key in item) b[key] = item[key];
        out.push(b);
        return true;
      }
      return false;
    }
    var doneN = {};
    function nodeLabel(i) {
      var p = pos[i];
      if (!p || doneN[i] || out.length >= MAX_LABELS || (focusN && !focusN[i])) return;
      doneN[i] = 1;
      var font = nodeFont(i), text = K.nodes[i].label, w = textWidth(ctx, text, font), h = LABEL_PX + 3;
      var d = p.r * 0.72 + 2;  // the diagonal spots touch the shape's bounding circle
      var spots = [{x: p.x - w / 2, y: p.y + p.r + 2, w: w, h: h}, {x: p.x - w / 2, y: p.y - p.r - 2 - h, w: w, h: h},
                   {x: p.x + p.r + 3, y: p.y - h / 2, w: w, h: h}, {x: p.x - p.r - 3 - w, y: p.y - h / 2, w: w, h: h},
                   {x: p.x + d, y: p.y + d, w: w, h: h}, {x: p.x - d - w, y: p.y + d, w: w, h: h},
                   {x: p.x + d, y: p.y - d - h, w: w, h: h}, {x: p.x - d - w, y: p.y - d - h, w: w, h: h}];
      var side = K.nodes[i].side;  // the spot the layout kept free for a hub's label
      if (side) spots.unshift(spots.splice(side, 1)[0]);
      // near the canvas's edge a long label slides along it rather than being dropped
      spots.slice(0, 4).forEach(function (b) {
        var cx = Math.max(2, Math.min(b.x, W - b.w - 2)), cy = Math.max(2, Math.min(b.y, H - b.h - 2));
        if (cx !== b.x || cy !== b.y) spots.push({x: cx, y: cy, w: b.w, h: b.h});
      });
      var item = {kind: "node", id: i, text: text, font: font, px: LABEL_PX};
      // a hub in a crowd keeps its label, over a lesser node's shape if it must (never over another label)
      if (!tryBox(spots, "n" + i, item) && K.nodes[i].rank < 12) tryBox(spots, "n" + i, item, true);
    }
    var doneE = {};
    function edgeLabel(k, pointed) {  // pointed: hovered or selected, so it may lie over a node
      if (!visE[k] || doneE[k] || out.length >= MAX_LABELS) return;
      doneE[k] = 1;
      var e = K.edges[k], a = pos[e.from], b = pos[e.to];
      if (!a || !b) return;
      var be = OWN_EDGES ? null : network.body.edges[k], g = OWN_EDGES ? geometry(k) : null;
      var curved = be && be.edgeType && be.options.smooth && be.options.smooth.enabled;
      function at(t) {  // a point along the edge, on screen
        var pt = g ? pointOn(g, t) : curved && be.edgeType.getPoint ? be.edgeType.getPoint(t) : null;
        if (pt) return {x: pt.x * sc + tx, y: pt.y * sc + ty};
        return {x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t};
      }
      var f = K.families[e.family], text = e.asserted ? f.short : f.short + " (" + HEDGE_WORD[hedgeOf(e)].toLowerCase() + ")";
      var w = textWidth(ctx, text, EDGE_FONT) + 8, h = EDGE_PX + 5, spots = [];
      [0.5, 0.35, 0.65, 0.25, 0.75].forEach(function (t) {
        var m = at(t);
        spots.push({x: m.x - w / 2, y: m.y - h / 2, w: w, h: h}, {x: m.x - w / 2, y: m.y - h - 2, w: w, h: h},
                   {x: m.x - w / 2, y: m.y + 2, w: w, h: h});
      });
      tryBox(spots, "e" + k, {kind: "edge", id: k, text: text, font: EDGE_FONT, px: EDGE_PX, colour: f.colour}, pointed);
    }
    if (hov.node !== null) nodeLabel(hov.node);
    if (sel.node !== null) nodeLabel(sel.node);
    if (hov.edge !== null) edgeLabel(hov.edge, true);
    if (sel.edge !== null) edgeLabel(sel.edge, true);
    if (focusE) for (var k in focusE) edgeLabel(+k);
    var misses = 0;
    for (var r = 0; r < NN && out.length < MAX_LABELS; r++) {  // by importance; in a crowd, stop trying
      var id = byRank[r];
      if (doneN[id] || !pos[id] || (focusN && !focusN[id])) continue;
      var before = out.length;
      nodeLabel(id);
      if (out.length === before && ++misses > 150 && misses > 3 * out.length) break;
    }
    if (!focusE) {
      var inView = [];
      for (var k2 = 0; k2 < NE; k2++) if (visE[k2] && pos[K.edges[k2].from] && pos[K.edges[k2].to]) inView.push(k2);
      if (sc >= CLOSE_ZOOM * startScale || inView.length <= 25) inView.forEach(edgeLabel);
    }
    placed = out;
  }
  function drawLabels(ctx) {
    var pr = network.canvas.pixelRatio || 1;
    ctx.save();
    ctx.setTransform(pr, 0, 0, pr, 0, 0);
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    placed.forEach(function (b) {
      ctx.font = b.font;
      if (b.kind === "edge") {
        ctx.fillStyle = "rgba(255,255,255,0.94)";
        ctx.strokeStyle = b.colour; ctx.lineWidth = 1;
        ctx.beginPath();
        if (ctx.roundRect) ctx.roundRect(b.x + 0.5, b.y + 0.5, b.w - 1, b.h - 1, 3); else ctx.rect(b.x + 0.5, b.y + 0.5, b.w - 1, b.h - 1);
        ctx.fill(); ctx.stroke();
        ctx.fillStyle = "#222222";
        ctx.fillText(b.text, b.x + 4, b.y + 2.5);
      } else {
        ctx.strokeStyle = "rgba(255,255,255,0.92)"; ctx.lineWidth = 3.5;
        ctx.strokeText(b.text, b.x, b.y + 1.5);
        ctx.fillStyle = "#1b1b1b";
        ctx.fillText(b.text, b.x, b.y + 1.5);
      }
    });
    ctx.restore();
  }

  // ---------- the view
  function fitView() {
    var bodyN = network.body.nodes, x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (var i = 0; i < NN; i++) {
      if (!visN[i]) continue;
      var b = bodyN[i], s = b.options.size;
      x0 = Math.min(x0, b.x - s); x1 = Math.max(x1, b.x + s); y0 = Math.min(y0, b.y - s); y1 = Math.max(y1, b.y + s);
    }
    if (x0 === Infinity) return;
    var c = network.canvas.frame.canvas, W = c.clientWidth, H = c.clientHeight, m = 36;
    var scale = Math.min((W - 2 * m) / Math.max(x1 - x0, 1), (H - 2 * m - LABEL_PX - 6) / Math.max(y1 - y0, 1));
    scale = Math.max(0.01, Math.min(scale, 1.25));
    network.moveTo({position: {x: (x0 + x1) / 2, y: (y0 + y1) / 2 + (LABEL_PX + 6) / 2 / scale}, scale: scale,
                    animation: false});
    atStart = true;
    labelsDirty = true;
  }
  function resetView() {
    closeSuggest();
    clearSelection();
    fitView();
    network.redraw();
  }

  // ---------- search
  var index = [];
  K.nodes.forEach(function (n, i) {
    index.push([n.label.toLowerCase(), i, ""]);
    n.names.forEach(function (a) { index.push([a.toLowerCase(), i, a]); });
  });
  var box = $("kg-search"), list = $("kg-suggest"), status = $("kg-search-status"), hits = [], active = -1;
  function closeSuggest() { list.hidden = true; box.setAttribute("aria-expanded", "false"); box.removeAttribute("aria-activedescendant"); active = -1; }
  function suggest() {
    var q = box.value.trim().toLowerCase();
    hits = []; active = -1;
    while (list.firstChild) list.removeChild(list.firstChild);
    if (!q) { closeSuggest(); status.textContent = ""; return; }
    var best = {}, hidden = 0;
    index.forEach(function (row) {
      var at = row[0].indexOf(q);
      if (at < 0) return;
      if (!visN[row[1]]) { hidden++; return; }
      var score = (at === 0 ? 0 : /[\s\-'’.(]/.test(row[0].charAt(at - 1)) ? 1 : 2) * 1e6 + K.nodes[row[1]].rank * 2 + (row[2] ? 1 : 0);
      if (!(row[1] in best) || score < best[row[1]][0]) best[row[1]] = [score, row[2]];
    });
    hits = Object.keys(best).map(Number).sort(function (a, b) { return best[a][0] - best[b][0]; }).slice(0, 8);
    if (!hits.length) {
      closeSuggest();
      status.textContent = "No match for “" + box.value.trim() + "”" + (hidden ? " among the entities shown (the filters hide " + plural(hidden, "match") + ")." : ".");
      return;
    }
    status.textContent = "";
    hits.forEach(function (i, j) {
      var li = el("li", K.nodes[i].label); li.id = "kg-opt-" + j; li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      var alias = best[i][1];
      li.appendChild(el("small", (alias ? " — also “" + alias + "”" : "") + " · " + (K.types[K.nodes[i].type] || {label: ""}).label));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(i); });
      list.appendChild(li);
    });
    list.hidden = false; box.setAttribute("aria-expanded", "true");
  }
  function setActive(j) {
    var items = list.querySelectorAll("li");
    if (!items.length) return;
    active = (j + items.length) % items.length;
    items.forEach(function (li, n) { li.setAttribute("aria-selected", n === active ? "true" : "false"); });
    box.setAttribute("aria-activedescendant", items[active].id);
  }
  function choose(i) {
    closeSuggest();
    box.value = K.nodes[i].label;
    status.textContent = "";
    selectNode(i, true);
  }
  box.addEventListener("input", suggest);
  box.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown") { ev.preventDefault(); if (list.hidden) suggest(); setActive(active + 1); }
    else if (ev.key === "ArrowUp") { ev.preventDefault(); setActive(active - 1); }
    else if (ev.key === "Enter") { ev.preventDefault(); if (hits.length) choose(hits[Math.max(active, 0)]); else suggest(); }
    else if (ev.key === "Escape" && !list.hidden) { ev.preventDefault(); ev.stopPropagation(); closeSuggest(); }
  });
  box.addEventListener("blur", function () { setTimeout(closeSuggest, 100); });

  // ---------- panel controls
  document.querySelectorAll("input.kg-family").forEach(function (c) {
    c.addEventListener("change", function () { S.fam[c.value] = c.checked; applyFilters(); });
  });
  document.querySelectorAll("input.kg-type").forEach(function (c) {
    c.addEventListener("change", function () { S.type[c.value] = c.checked; applyFilters(); });
  });
  if ($("kg-hedged")) $("kg-hedged").addEventListener("change", function () { S.hedged = this.checked; applyFilters(); });
  var maxSupport = K.edges.reduce(function (m, e) { return Math.max(m, e.support); }, 1), sup = $("kg-support");
  sup.max = maxSupport; sup.disabled = maxSupport < 2;
  sup.addEventListener("input", function () { S.minSupport = +sup.value; $("kg-support-out").textContent = sup.value; applyFilters(); });

  var DAY = 864e5;
  function day(iso) { return Math.round(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY); }
  function iso(d) { return new Date(d * DAY).toISOString().slice(0, 10); }
  function buildTime() {
    var t = $("kg-time");
    if (!allDates.length) {
      t.appendChild(el("p", "No dated facts in these articles.", "kg-meta"));
      return;
    }
    var d0 = day(allDates[0]), d1 = day(allDates[allDates.length - 1]), span = Math.max(d1 - d0, 1);
    var bins = Math.min(48, span + 1), counts = new Array(bins).fill(0), maxc = 1;
    allDates.forEach(function (s) { var b = Math.min(bins - 1, Math.floor((day(s) - d0) / span * bins)); counts[b]++; maxc = Math.max(maxc, counts[b]); });
    var NS = "http://www.w3.org/2000/svg", svg = document.createElementNS(NS, "svg");
    svg.setAttribute("id", "kg-hist"); svg.setAttribute("viewBox", "0 0 " + bins + " 34"); svg.setAttribute("preserveAspectRatio", "none");
    svg.setAttribute("role", "img"); svg.setAttribute("aria-label", "Facts over time, " + allDates[0] + " to " + allDates[allDates.length - 1]);
    var bars = counts.map(function (n, b) {
      var r = document.createElementNS(NS, "rect"), hgt = n ? 3 + 31 * n / maxc : 0;
      r.setAttribute("x", b + 0.1); r.setAttribute("width", 0.8); r.setAttribute("y", 34 - hgt); r.setAttribute("height", hgt);
      svg.appendChild(r); return r;
    });
    t.appendChild(svg);
    function slider(id, text, value) {
      var lab = el("label", text + " ", "kg-slabel"); lab.htmlFor = id;
      var out = el("output", iso(value)); out.id = id + "-out"; lab.appendChild(out);
      var inp = document.createElement("input"); inp.type = "range"; inp.id = id; inp.min = d0; inp.max = d1; inp.step = 1; inp.value = value;
      t.appendChild(lab); t.appendChild(inp);
      return inp;
    }
    var from = slider("kg-from", "From", d0), to = slider("kg-to", "To", d1);
    function update(moved) {
      if (+from.value > +to.value) { if (moved === from) to.value = from.value; else from.value = to.value; }
      S.from = +from.value > d0 ? iso(+from.value) : "";
      S.to = +to.value < d1 ? iso(+to.value) : "";
      $("kg-from-out").textContent = iso(+from.value); $("kg-to-out").textContent = iso(+to.value);
      bars.forEach(function (r, b) {
        var lo = d0 + span * b / bins, hi = d0 + span * (b + 1) / bins;
        r.setAttribute("fill", hi >= +from.value && lo <= +to.value ? "#5b86b5" : "#d5d5d5");
      });
      applyFilters();
    }
    from.addEventListener("input", function () { update(from); });
    to.addEventListener("input", function () { update(to); });
    bars.forEach(function (r) { r.setAttribute("fill", "#5b86b5"); });
    var u = el("label", null, "kg-check"), cb = document.createElement("input");
    cb.type = "checkbox"; cb.id = "kg-undated"; cb.checked = true; cb.disabled = !nUndated;
    cb.addEventListener("change", function () { S.undated = cb.checked; applyFilters(); });
    u.appendChild(cb); u.appendChild(el("span", "Include undated facts (" + nUndated + ")"));
    t.appendChild(u);
    timeReset = function () { from.value = d0; to.value = d1; cb.checked = true; S.undated = true; update(null); };
  }
  var timeReset = function () {};

  var artBoxes = [];
  K.articles.forEach(function (_, a) { S.arts[a] = true; });
  function artChanged() {
    S.allArts = K.articles.every(function (_, a) { return S.arts[a]; });
    applyFilters();
  }
  function buildArticles() {
    if (artBoxes.length || !K.articles.length) return;
    var host = $("kg-articles"), row = el("div", null, "kg-row");
    var all = el("button", "All", "kg-small"), none = el("button", "None", "kg-small");
    all.type = none.type = "button"; all.id = "kg-art-all"; none.id = "kg-art-none";
    function setAll(v) { artBoxes.forEach(function (c) { c.checked = v; S.arts[+c.value] = v; }); artChanged(); }
    all.addEventListener("click", function () { setAll(true); });
    none.addEventListener("click", function () { setAll(false); });
    row.appendChild(all); row.appendChild(none); host.appendChild(row);
    var facts = K.articles.map(function () { return 0; });
    K.edges.forEach(function (e) { var seen = {}; e.ev.forEach(function (v) { if (v[0] >= 0 && !seen[v[0]]) { seen[v[0]] = 1; facts[v[0]]++; } }); });
    var order = K.articles.map(function (_, a) { return a; }).sort(function (a, b) {
      var x = K.articles[a], y = K.articles[b];
      return x.date < y.date ? -1 : x.date > y.date ? 1 : x.headline < y.headline ? -1 : 1;
    });
    order.forEach(function (a) {
      var art = K.articles[a], lab = el("label", null, "kg-check"), cb = document.createElement("input");
      cb.type = "checkbox"; cb.className = "kg-article"; cb.value = a; cb.checked = S.arts[a];
      cb.addEventListener("change", function () { S.arts[a] = cb.checked; artChanged(); });
      lab.appendChild(cb);
      lab.appendChild(el("span", art.headline));
      lab.appendChild(el("small", (art.date ? art.date + " · " : "") + facts[a]));
      lab.title = art.headline + (art.date ? " (" + art.date + ")" : "") + ": " + plural(facts[a], "fact");
      host.appendChild(lab); artBoxes.push(cb);
    });
  }
  var artSection = $("kg-articles").parentNode;
  artSection.querySelector("summary").textContent = "Articles (" + K.articles.length + ")";
  artSection.addEventListener("toggle", function () { if (artSection.open) buildArticles(); });

  function resetFilters() {
    document.querySelectorAll("input.kg-family, input.kg-type").forEach(function (c) { c.checked = true; });
    S.fam = {}; S.type = {};
    if ($("kg-hedged")) $("kg-hedged").checked = true;
    S.hedged = true; S.minSupport = 1; sup.value = 1; $("kg-support-out").textContent = "1";
    K.articles.forEach(function (_, a) { S.arts[a] = true; });
    artBoxes.forEach(function (c) { c.checked = true; });
    S.allArts = true;
    timeReset();
    applyFilters();
  }

  // ---------- empty graph, or everything filtered out
  var empty = el("div"); empty.id = "kg-empty"; empty.hidden = true; empty.setAttribute("role", "status");
  card.appendChild(empty);
  function emptyMessage(ne) {
    while (empty.firstChild) empty.removeChild(empty.firstChild);
    if (ne) { empty.hidden = true; return; }
    var d = el("div"), na = K.articles.length;
    if (!NE) {
      d.appendChild(el("h2", "No facts to draw"));
      d.appendChild(el("p", na ? "No facts were found in " + plural(na, "article") + "."
                               : "This graph holds no articles."));
      d.appendChild(el("p", "The page draws who did what to whom: calls, meetings, support, threats, accusations, " +
        "attacks and the like, each taken from a sentence that states it. " +
        (na ? (na === 1 ? "The article" : "None of the articles") + " built into this graph states such a fact between named people, states or organisations." : "")));
    } else {
      d.appendChild(el("h2", "Nothing matches the filters"));
      d.appendChild(el("p", "None of the " + NE + " facts passes the filters set in the side panel."));
      var b = el("button", "Show everything", "kg-small"); b.type = "button"; b.id = "kg-reset";
      b.addEventListener("click", resetFilters);
      d.appendChild(b);
    }
    empty.appendChild(d);
    empty.hidden = false;
  }

  // ---------- tooltip: a name or a fact, in a line or two
  var tip = el("div"); tip.id = "kg-tip"; tip.hidden = true; tip.setAttribute("role", "tooltip"); card.appendChild(tip);
  function showTip(title, note, at) {
    while (tip.firstChild) tip.removeChild(tip.firstChild);
    tip.appendChild(el("strong", title));
    tip.appendChild(el("br"));
    tip.appendChild(el("small", note));
    tip.style.left = Math.max(0, Math.min(at.x + 14, card.clientWidth - 290)) + "px";
    tip.style.top = (at.y + 14) + "px";
    tip.hidden = false;
  }
  function edgeTip(k, at) {
    if (k === null || k === undefined) { tip.hidden = true; return; }
    showTip(fact(k), plural(K.edges[k].support, "article") + " · click for the evidence", at);
  }
  network.on("hoverNode", function (p) {
    hov.node = p.node; labelsDirty = true;
    var n = K.nodes[p.node], shown = adj[p.node].filter(function (k) { return visE[k]; }).length;
    showTip(n.label, (K.types[n.type] || {label: n.type}).label + " · " + plural(shown, "fact") + " · click for details",
            p.pointer.DOM);
  });
  network.on("blurNode", function () { hov.node = null; tip.hidden = true; labelsDirty = true; network.redraw(); });
  network.on("hoverEdge", function (p) {
    hov.edge = p.edge; labelsDirty = true; network.redraw();
    if (p.pointer) edgeTip(p.edge, p.pointer.DOM);
  });
  network.on("blurEdge", function () { hov.edge = null; tip.hidden = true; labelsDirty = true; network.redraw(); });

  // ---------- clicks and keys
  network.on("click", function (p) {
    var k = OWN_EDGES && !p.nodes.length ? edgeAt(p.pointer.canvas) : null;
    if (p.nodes.length) selectNode(p.nodes[0], false);
    else if (k !== null) selectEdge(k);
    else if (!OWN_EDGES && p.edges.length) selectEdge(p.edges[0]);
    else { clearSelection(); network.redraw(); }
  });

  // ---------- edges drawn by this script (graphs of more than a few hundred nodes)
  function geometry(k) {  // ends, and the control point of a bent edge, in canvas units
    var e = K.edges[k], a = network.body.nodes[e.from], b = network.body.nodes[e.to];
    var g = {ax: a.x, ay: a.y, bx: b.x, by: b.y, rb: b.options.size};
    if (e.bend) {
      var dx = b.x - a.x, dy = b.y - a.y, s = e.from < e.to ? 1 : -1;
      g.cx = (a.x + b.x) / 2 - dy * e.bend * s; g.cy = (a.y + b.y) / 2 + dx * e.bend * s;
    }
    return g;
  }
  function pointOn(g, t) {
    if (g.cx === undefined) return {x: g.ax + (g.bx - g.ax) * t, y: g.ay + (g.by - g.ay) * t};
    var u = 1 - t;
    return {x: u * u * g.ax + 2 * u * t * g.cx + t * t * g.bx, y: u * u * g.ay + 2 * u * t * g.cy + t * t * g.by};
  }
  function edgeAt(pt) {
    var best = null, bestD = 6 / network.getScale();
    for (var k = 0; k < NE; k++) {
      if (!visE[k]) continue;
      var g = geometry(k), steps = g.cx === undefined ? 1 : 8, p0 = pointOn(g, 0);
      for (var j = 1; j <= steps; j++) {
        var p1 = pointOn(g, j / steps), dx = p1.x - p0.x, dy = p1.y - p0.y, len2 = dx * dx + dy * dy || 1;
        var t = Math.max(0, Math.min(1, ((pt.x - p0.x) * dx + (pt.y - p0.y) * dy) / len2));
        var d = Math.hypot(p0.x + t * dx - pt.x, p0.y + t * dy - pt.y);
        if (d < bestD) { bestD = d; best = k; }
        p0 = p1;
      }
    }
    return best;
  }
  function drawEdges(ctx) {
    var groups = {}, keys = [];
    for (var k = 0; k < NE; k++) {
      if (!visE[k]) continue;
      var e = K.edges[k];
      var key = (dimE[k] ? "#e4e4e4" : K.families[e.family].colour) + (e.asserted ? "" : " dash") +
                (k === sel.edge || k === hov.edge ? " wide" : "");
      if (!groups[key]) { groups[key] = []; keys.push(key); }
      groups[key].push(k);
    }
    // grey (dimmed) edges first, so the highlighted ones lie on top
    keys.sort(function (a, b) { return (a.indexOf("#e4e4e4") === 0 ? 0 : 1) - (b.indexOf("#e4e4e4") === 0 ? 0 : 1) || (a < b ? -1 : 1); });
    ctx.save();
    if (!K.arrows) ctx.globalAlpha = 0.5;  // thousands of lines: let the nodes show through
    keys.forEach(function (key) {
      var parts = key.split(" "), heads = [];
      ctx.strokeStyle = ctx.fillStyle = parts[0];
      ctx.lineWidth = parts.indexOf("wide") > 0 ? 3.2 : 1.6;
      ctx.setLineDash(parts.indexOf("dash") > 0 ? [6, 4] : []);
      ctx.beginPath();
      groups[key].forEach(function (k) {
        var g = geometry(k);
        ctx.moveTo(g.ax, g.ay);
        if (g.cx === undefined) ctx.lineTo(g.bx, g.by); else ctx.quadraticCurveTo(g.cx, g.cy, g.bx, g.by);
        if (K.arrows) heads.push(g);
      });
      ctx.stroke();
      if (!heads.length) return;
      ctx.setLineDash([]);
      ctx.beginPath();
      heads.forEach(function (g) {  // an arrowhead touching the target's shape
        var fx = g.cx === undefined ? g.ax : g.cx, fy = g.cy === undefined ? g.ay : g.cy;
        var dx = g.bx - fx, dy = g.by - fy, len = Math.hypot(dx, dy) || 1, ux = dx / len, uy = dy / len;
        var tx = g.bx - ux * (g.rb + 1), ty = g.by - uy * (g.rb + 1), L = 9, W = 4;
        ctx.moveTo(tx, ty);
        ctx.lineTo(tx - ux * L - uy * W, ty - uy * L + ux * W);
        ctx.lineTo(tx - ux * L + uy * W, ty - uy * L - ux * W);
        ctx.closePath();
      });
      ctx.fill();
    });
    ctx.restore();
  }
  if (OWN_EDGES && K.arrows) {  // hover over an edge shows its label, as vis-network's own edges do
    var pending = null;
    $("mynetwork").addEventListener("mousemove", function (ev) {
      var r = $("mynetwork").getBoundingClientRect();
      pending = {x: ev.clientX - r.left, y: ev.clientY - r.top};
      requestAnimationFrame(function () {
        if (!pending) return;
        var at = pending, k = hov.node === null ? edgeAt(network.DOMtoCanvas(at)) : null;
        pending = null;
        if (k !== hov.edge) { hov.edge = k; labelsDirty = true; network.redraw(); if (hov.node === null) edgeTip(k, at); }
      });
    });
  }
  if (OWN_EDGES) network.on("beforeDrawing", drawEdges);
  network.on("dragEnd", function (p) { if (!p.nodes.length) atStart = false; });
  network.on("zoom", function () { atStart = false; });
  network.on("resize", function () { if (atStart) { fitView(); startScale = network.getScale(); } labelsDirty = true; });
  $("kg-fit").addEventListener("click", function () { fitView(); network.redraw(); });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") resetView(); });

  // ---------- exports
  function download(blob, name) {
    var a = document.createElement("a"), url = URL.createObjectURL(blob);
    a.href = url; a.download = name; document.body.appendChild(a); a.click(); a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }
  $("kg-png").addEventListener("click", function () {
    var c = network.canvas.frame.canvas, out = document.createElement("canvas"), pr = network.canvas.pixelRatio || 1;
    out.width = c.width; out.height = c.height;
    var g = out.getContext("2d");
    g.fillStyle = "#ffffff"; g.fillRect(0, 0, out.width, out.height);
    g.drawImage(c, 0, 0);
    g.scale(pr, pr);
    g.font = "400 12px " + FONT; g.fillStyle = "#535353"; g.textBaseline = "bottom";
    g.fillText("newskg · " + $("kg-drawn").textContent, 10, c.clientHeight - 8);
    out.toBlob(function (b) { download(b, "newskg-view.png"); }, "image/png");
  });
  function cell(s) {
    s = String(s === undefined || s === null ? "" : s);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;  // a spreadsheet must not run article text as a formula
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  $("kg-csv").addEventListener("click", function () {
    var rows = [["fact", "agent", "relation", "target", "factuality", "confidence", "event_date", "headline",
                 "article_date", "url", "evidence"]];
    for (var k = 0; k < NE; k++) {
      if (!visE[k]) continue;
      var e = K.edges[k];
      (live[k] || []).forEach(function (v) {
        var art = K.articles[v[0]] || {headline: "", date: "", url: ""};
        rows.push([fact(k), K.nodes[e.from].label, K.families[e.family].label, K.nodes[e.to].label, v[4], v[5], v[3],
                   art.headline, art.date, art.url, v[1]]);
      });
    }
    var text = rows.map(function (r) { return r.map(cell).join(","); }).join("\r\n") + "\r\n";
    download(new Blob(["\ufeff" + text], {type: "text/csv;charset=utf-8"}), "newskg-facts.csv");
  });

  // ---------- start
  var net = $("mynetwork");
  net.setAttribute("role", "img");
  net.setAttribute("aria-label", "Network of " + NN + " entities and " + NE + " facts. Use the search box and the lists in the side panel to explore it.");
  network.on("afterDrawing", function (ctx) {
    var key = viewKey();
    if (labelsDirty || key !== lastKey) { placeLabels(ctx); lastKey = key; labelsDirty = false; }
    drawLabels(ctx);
    if (!document.body.dataset.kgReady) {
      document.body.dataset.kgReady = "1";
      $("kg-drawn").dataset.firstDrawMs = Math.round(performance.now());
    }
  });
  buildTime();
  report(NN, NE);
  emptyMessage(NE);
  showHint();
  // the start view is set before vis-network's first draw (which it has only scheduled), so the page
  // draws once, labelled, rather than twice
  fitView();
  startScale = network.getScale();
  window.kg = {
    labels: function () { return placed.map(function (b) { return {kind: b.kind, id: b.id, text: b.text, x: b.x, y: b.y, w: b.w, h: b.h, px: b.px, font: b.font}; }); },
    fit: fitView,
    selectNode: function (i) { selectNode(i, false); },
    selectEdge: function (k) { selectEdge(k); },
    data: K,
    visible: function () { return {nodes: Array.from(visN), edges: Array.from(visE)}; },
    dimmed: function () { return {nodes: Array.from(dimN), edges: Array.from(dimE)}; }
  };
})();
