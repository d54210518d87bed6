// The partner-relations page: draws /viz/graph.json with Cytoscape.js, filters it, and shows facts on click.
// window.kgViz exposes the page's state for tests and for people at the console.
(function () {
  'use strict';
  var KIND_LABELS = { partnership: 'partnerships', visit: 'visits', agreement: 'agreements', event: 'shared events' };
  var LEVEL_COLOURS = ['#b91c1c', '#1d4ed8', '#047857', '#7c3aed', '#b45309', '#0e7490', '#be185d', '#4d7c0f'];
  var KIND_COLOURS = { visit: '#374151', agreement: '#92400e', event: '#9ca3af' };
  // Partnerships and agreements are states: they hold from their date on. Visits and events happen in their year.
  var LASTING = { partnership: true, agreement: true };
  var state = { ready: false, language: 'vi' };
  var cy = null;
  var data = null;

  function $(id) { return document.getElementById(id); }

  function fold(text) {
    return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
      .toLowerCase();
  }

  function nodeLabel(n) {
    return state.language === 'en' ? (n.labelEn || n.labelVi || n.id) : (n.labelVi || n.labelEn || n.id);
  }

  function checkbox(container, value, text, colour) {
    var label = document.createElement('label');
    var box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.value = value;
    box.addEventListener('change', applyFilters);
    label.appendChild(box);
    if (colour) {
      var swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.color = colour;
      swatch.textContent = ' ■';
      label.appendChild(swatch);
    }
    label.appendChild(document.createTextNode(' ' + text));
    container.appendChild(label);
  }

  function checked(container) {
    return Array.prototype.filter.call(container.querySelectorAll('input[type=checkbox]'), function (b) {
      return b.checked;
    }).map(function (b) { return b.value; });
  }

  // Rings around the most connected node: nodes ranked by degree, then mentions, then IRI, so that the same data
  // always gives the same picture. Computed here rather than by a Cytoscape layout, which costs a pass over the
  // whole graph once it is made.
  function concentricPositions(json) {
    var degree = {};
    json.nodes.forEach(function (n) { degree[n.id] = 0; });
    json.edges.forEach(function (e) {
      if (e.source in degree) { degree[e.source]++; }
      if (e.target in degree) { degree[e.target]++; }
    });
    var ranked = json.nodes.slice().sort(function (a, b) {
      return (degree[b.id] - degree[a.id]) || (b.mentions - a.mentions) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
    var positions = {};
    var spacing = 62;
    var index = 0;
    var ring = 0;
    while (index < ranked.length) {
      var radius = ring === 0 ? 0 : 40 + ring * spacing;
      var capacity = ring === 0 ? 1 : Math.max(1, Math.floor(2 * Math.PI * radius / spacing));
      var count = Math.min(capacity, ranked.length - index);
      for (var i = 0; i < count; i++) {
        var angle = 2 * Math.PI * i / count - Math.PI / 2;
        positions[ranked[index + i].id] = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
      }
      index += count;
      ring++;
    }
    return positions;
  }

  function build(json) {
    state.timings = { fetched: performance.now() };
    data = json;
    var levels = [];
    json.edges.forEach(function (e) { if (e.level && levels.indexOf(e.level) < 0) { levels.push(e.level); } });
    levels.sort();
    var levelColour = {};
    levels.forEach(function (l, i) { levelColour[l] = LEVEL_COLOURS[i % LEVEL_COLOURS.length]; });
    var years = json.edges.filter(function (e) { return e.year; }).map(function (e) { return e.year; });
    var minYear = years.length ? Math.min.apply(null, years) : 2000;
    var maxYear = years.length ? Math.max.apply(null, years) : 2030;
    $('year-from').value = minYear; $('year-to').value = maxYear;
    $('year-from').min = $('year-to').min = minYear; $('year-from').max = $('year-to').max = maxYear;
    Object.keys(KIND_LABELS).forEach(function (k) { checkbox($('kinds'), k, KIND_LABELS[k], KIND_COLOURS[k]); });
    levels.forEach(function (l) {
      var edge = json.edges.filter(function (e) { return e.level === l; })[0];
      checkbox($('levels'), l, edge.levelEn || l, levelColour[l]);
    });
    var names = $('names');
    json.nodes.forEach(function (n) {
      var option = document.createElement('option');
      option.value = n.labelVi || n.labelEn || n.id;
      names.appendChild(option);
    });
    var maxMentions = Math.max.apply(null, json.nodes.map(function (n) { return n.mentions; }).concat([1]));
    var positions = concentricPositions(json);
    var elements = json.nodes.map(function (n) {
      return { group: 'nodes', position: positions[n.id], data: { id: n.id, label: nodeLabel(n), kind: n.kind,
        mentions: n.mentions, size: 14 + 36 * Math.sqrt(n.mentions / maxMentions) } };
    }).concat(json.edges.map(function (e) {
      return { group: 'edges', data: { id: e.id, source: e.source, target: e.target, kind: e.kind,
        level: e.level || '', year: e.year || 0, colour: e.level ? levelColour[e.level] : KIND_COLOURS[e.kind],
        arrow: e.directed ? 'triangle' : 'none', line: e.kind === 'event' ? 'dashed' : 'solid' } };
    }));
    // Large graphs: straight edges and labels only once zoomed in, which keep drawing fast.
    var big = json.edges.length > 2000 || json.nodes.length > 1000;
    cy = cytoscape({
      container: $('cy'),
      elements: elements,
      pixelRatio: big ? 1 : 'auto',
      textureOnViewport: big,
      hideEdgesOnViewport: big,
      style: [
        { selector: 'node', style: { 'label': 'data(label)', 'width': 'data(size)', 'height': 'data(size)',
          'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3, 'background-color': '#64748b',
          'min-zoomed-font-size': big ? 9 : 0 } },
        { selector: 'node[kind = "Country"]', style: { 'background-color': '#9b1c1c' } },
        { selector: 'node[kind = "Organization"]', style: { 'background-color': '#1e40af', 'shape': 'round-rectangle' } },
        { selector: 'node[kind = "Locality"]', style: { 'background-color': '#047857', 'shape': 'diamond' } },
        { selector: 'edge', style: { 'width': 2, 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
          'target-arrow-shape': 'data(arrow)', 'line-style': 'data(line)',
          'curve-style': big ? 'straight' : 'bezier' } },
        { selector: 'edge[kind = "partnership"]', style: { 'width': 4 } },
        { selector: ':selected', style: { 'border-width': 3, 'border-color': '#f59e0b', 'line-color': '#f59e0b' } },
        { selector: '.hidden', style: { 'display': 'none' } }
      ],
      layout: { name: 'preset' }
    });
    state.timings.created = performance.now();
    state.timings.drawn = performance.now();
    cy.on('tap', 'node', function (event) { showNode(event.target); });
    cy.on('tap', 'edge', function (event) { showEdge(event.target); });
    applyFilters();
    state.timings.filtered = performance.now();
    requestAnimationFrame(function () { requestAnimationFrame(function () { state.readyMillis = performance.now(); }); });
    state.ready = true;
    $('status').textContent = json.nodes.length + ' entities, ' + json.edges.length + ' relations';
  }

  function applyFilters() {
    if (!cy) { return; }
    var from = parseInt($('year-from').value, 10);
    var to = parseInt($('year-to').value, 10);
    var undated = $('undated').checked;
    var kinds = checked($('kinds'));
    var levels = checked($('levels'));
    var min = parseInt($('min-mentions').value, 10) || 0;
    cy.batch(function () {
      cy.nodes().forEach(function (n) { n.toggleClass('hidden', n.data('mentions') < min); });
      cy.edges().forEach(function (e) {
        var year = e.data('year');
        var visible = kinds.indexOf(e.data('kind')) >= 0
          && (e.data('kind') !== 'partnership' || levels.indexOf(e.data('level')) >= 0)
          && (year ? inRange(e.data('kind'), year, from, to) : undated)
          && !e.source().hasClass('hidden') && !e.target().hasClass('hidden');
        e.toggleClass('hidden', !visible);
      });
    });
  }

  // A state shows when it began by the end of the range; an occurrence when its year is in the range.
  function inRange(kind, year, from, to) {
    return LASTING[kind] ? !(year > to) : !(year < from) && !(year > to);
  }

  function link(href, text) {
    var a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }

  function quotes(parent, edge) {
    edge.quotes.forEach(function (q) {
      var block = document.createElement('blockquote');
      block.lang = 'vi';
      block.textContent = q.text;
      var footer = document.createElement('footer');
      footer.appendChild(link(q.page, q.article));
      block.appendChild(footer);
      parent.appendChild(block);
    });
  }

  function describeEdge(parent, e) {
    var div = document.createElement('div');
    div.className = 'relation';
    var title = document.createElement('p');
    var what = e.kind + (e.levelEn ? ': ' + (state.language === 'en' ? e.levelEn : (e.levelVi || e.levelEn)) : '');
    title.appendChild(link(e.page, what));
    title.appendChild(document.createTextNode(!e.date ? '' : LASTING[e.kind] ? ' (since ' + e.date + ')'
      : ' (' + e.date + ')'));
    div.appendChild(title);
    quotes(div, e);
    parent.appendChild(div);
  }

  function edgeData(id) { return data.edges.filter(function (e) { return e.id === id; })[0]; }

  function showNode(node) {
    var n = data.nodes.filter(function (x) { return x.id === node.id(); })[0];
    var panel = $('panel');
    panel.textContent = '';
    var h = document.createElement('h2');
    h.appendChild(link(n.page, nodeLabel(n)));
    panel.appendChild(h);
    var p = document.createElement('p');
    p.textContent = n.kind + ' · mentioned ' + n.mentions + ' times';
    panel.appendChild(p);
    node.connectedEdges().filter(function (e) { return !e.hasClass('hidden'); }).forEach(function (e) {
      describeEdge(panel, edgeData(e.id()));
    });
  }

  function showEdge(edge) {
    var panel = $('panel');
    panel.textContent = '';
    var h = document.createElement('h2');
    h.textContent = edge.source().data('label') + ' – ' + edge.target().data('label');
    panel.appendChild(h);
    describeEdge(panel, edgeData(edge.id()));
  }

  function find() {
    var wanted = fold($('find').value);
    if (!wanted || !cy) { return; }
    var match = data.nodes.filter(function (n) {
      return fold(n.labelVi) === wanted || fold(n.labelEn) === wanted;
    })[0] || data.nodes.filter(function (n) {
      return fold(n.labelVi).indexOf(wanted) >= 0 || fold(n.labelEn).indexOf(wanted) >= 0;
    })[0];
    if (match) {
      var node = cy.getElementById(match.id);
      cy.elements().unselect();
      node.select();
      cy.animate({ center: { eles: node }, zoom: 1.6 }, { duration: 300 });
      showNode(node);
    }
  }

  // What is on screen: the current pan, zoom and filters, at twice the screen's resolution.
  function exportPng() {
    var blob = cy.png({ output: 'blob', full: false, bg: '#ffffff', scale: 2 });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'vn-diplomacy-partners.png';
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  ['year-from', 'year-to', 'undated', 'min-mentions'].forEach(function (id) {
    $(id).addEventListener('change', applyFilters);
    $(id).addEventListener('input', applyFilters);
  });
  $('language').addEventListener('change', function () {
    state.language = $('language').value;
    data.nodes.forEach(function (n) { cy.getElementById(n.id).data('label', nodeLabel(n)); });
  });
  $('find').addEventListener('change', find);
  $('find').addEventListener('keydown', function (e) { if (e.key === 'Enter') { find(); } });
  $('export').addEventListener('click', exportPng);

  window.kgViz = {
    isReady: function () { return state.ready; },
    readyMillis: function () { return state.readyMillis || null; },
    timings: function () {
      return JSON.stringify(state.timings, function (k, v) { return typeof v === 'number' ? Math.round(v) : v; });
    },
    visibleNodeCount: function () { return cy ? cy.nodes().filter(function (n) { return !n.hasClass('hidden'); }).length : 0; },
    visibleEdges: function () {
      return cy ? cy.edges().filter(function (e) { return !e.hasClass('hidden'); }).map(function (e) {
        return { id: e.id(), source: e.data('source'), target: e.data('target'), kind: e.data('kind'),
          level: e.data('level'), year: e.data('year') };
      }) : [];
    },
    renderedPosition: function (id) { return cy.getElementById(id).renderedPosition(); },
    renderedMidpoint: function (id) { return cy.getElementById(id).renderedMidpoint(); },
    label: function (id) { return cy.getElementById(id).data('label'); },
    selected: function () { return cy.$(':selected').map(function (e) { return e.id(); }); },
    tap: function (id) { cy.getElementById(id).emit('tap'); },
    positions: function () { return cy.nodes().map(function (n) { return [n.id(), n.position()]; }); }
  };

  fetch('/viz/graph.json').then(function (r) { return r.json(); }).then(build).catch(function (error) {
    $('status').textContent = 'The graph could not be loaded: ' + error;
  });
}());
