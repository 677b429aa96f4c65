/* Network explorer: an entity's neighbourhood drawn with Cytoscape (vendored from npm).
 * Tap a node to expand its neighbourhood; the check boxes hide entity types and co-mentions.
 * The element with class "network" carries data-focus (an entity id) and data-source (the JSON URL). */
(function () {
  "use strict";
  var PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
    "#ff9da7", "#9c755f", "#bab0ac", "#1f77b4", "#8c564b", "#17becf", "#bcbd22", "#7f7f7f"];

  function colour(type, known) {
    if (!(type in known)) known[type] = PALETTE[Object.keys(known).length % PALETTE.length];
    return known[type];
  }

  function explorer(box) {
    var source = box.getAttribute("data-source");
    var compact = box.hasAttribute("data-compact");
    var colours = {};
    var hidden = {};
    var loaded = {};
    var panel = document.getElementById(box.getAttribute("data-panel") || "");
    var filters = document.getElementById(box.getAttribute("data-filters") || "");
    var cy = cytoscape({
      container: box,
      wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: {
          "label": "data(short)", "font-size": compact ? 9 : 11, "text-valign": "bottom", "text-margin-y": 3,
          "background-color": "data(colour)", "width": "mapData(degree, 0, 120, 14, 46)", "height": "mapData(degree, 0, 120, 14, 46)" } },
        { selector: "node[?focus]", style: { "border-width": 3, "border-color": "#222" } },
        { selector: "node:selected", style: { "border-width": 3, "border-color": "#d62728" } },
        { selector: "edge", style: { "width": 1.2, "line-color": "#999", "curve-style": "bezier",
          "target-arrow-shape": "triangle", "target-arrow-color": "#999", "arrow-scale": 0.7,
          "label": "", "font-size": 9, "color": "#666", "text-rotation": "autorotate" } },
        { selector: "edge[predicate = 'coMentionedWith']", style: { "line-style": "dashed", "line-color": "#ccc",
          "target-arrow-shape": "none", "label": "", "width": "mapData(count, 1, 20, 0.5, 4)" } },
        { selector: "edge.near", style: { "label": "data(predicate)", "line-color": "#555", "target-arrow-color": "#555" } },
        { selector: ".hidden", style: { "display": "none" } }
      ]
    });
    window.hardtechNetwork = cy;

    function applyFilters() {
      cy.batch(function () {
        cy.elements().removeClass("hidden");
        cy.nodes().forEach(function (n) { if (hidden[n.data("type")]) n.addClass("hidden"); });
        if (hidden.coMentionedWith) cy.edges("[predicate = 'coMentionedWith']").addClass("hidden");
      });
    }

    function checkbox(key, label, colourCode) {
      if (!filters || filters.querySelector('input[value="' + key + '"]')) return;
      var wrap = document.createElement("label");
      wrap.className = "filter";
      var input = document.createElement("input");
      input.type = "checkbox"; input.checked = !hidden[key]; input.value = key;
      input.addEventListener("change", function () { hidden[key] = !input.checked; applyFilters(); });
      var swatch = document.createElement("span");
      swatch.className = "swatch"; swatch.style.background = colourCode || "transparent";
      wrap.appendChild(input); wrap.appendChild(swatch); wrap.appendChild(document.createTextNode(label));
      filters.appendChild(wrap);
    }

    function show(node) {
      cy.edges().removeClass("near");
      node.connectedEdges().not("[predicate = 'coMentionedWith']").addClass("near");
      if (!panel) return;
      var d = node.data();
      panel.textContent = "";
      var title = document.createElement("a");
      title.href = "/-/entity/" + encodeURI(d.id);
      title.textContent = d.label;
      title.id = "selected-entity";
      panel.appendChild(title);
      panel.appendChild(document.createTextNode(" · " + d.type + " · degree " + d.degree + " · " + node.connectedEdges().length + " links shown"));
    }

    function load(id) {
      if (loaded[id]) return Promise.resolve();
      loaded[id] = true;
      box.setAttribute("data-loading", "1");
      return fetch(source + encodeURIComponent(id)).then(function (r) {
        if (!r.ok) throw new Error("neighbourhood of " + id + ": HTTP " + r.status);
        return r.json();
      }).then(function (data) {
        var added = [];
        data.nodes.forEach(function (n) {
          n.data.colour = colour(n.data.type, colours);
          n.data.short = n.data.label.length > 12 ? n.data.label.slice(0, 11) + "…" : n.data.label;
          checkbox(n.data.type, n.data.type, n.data.colour);
          if (cy.getElementById(n.data.id).empty()) added.push(n);
        });
        data.edges.forEach(function (e) { if (cy.getElementById(e.data.id).empty()) added.push(e); });
        cy.add(added);
        applyFilters();
        var layout = cy.layout({ name: "cose", animate: false, randomize: false, padding: 20,
          nodeRepulsion: function () { return compact ? 60000 : 400000; }, idealEdgeLength: function () { return compact ? 60 : 110; } });
        layout.one("layoutstop", function () {
          box.removeAttribute("data-loading");
          box.setAttribute("data-ready", String(cy.nodes().length));
        });
        layout.run();
      });
    }

    checkbox("coMentionedWith", "co-mentions", null);
    cy.on("tap", "node", function (evt) {
      show(evt.target);
      if (!compact) load(evt.target.id());
    });
    load(box.getAttribute("data-focus")).then(function () {
      var focus = cy.getElementById(box.getAttribute("data-focus"));
      if (focus.nonempty()) { focus.select(); show(focus); }
    });
  }

  document.querySelectorAll(".network").forEach(explorer);
})();
