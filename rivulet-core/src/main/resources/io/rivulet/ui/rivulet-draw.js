/*
 * Drawing for the Rivulet web UI and reports (rivulet-ui.js renders the page with it): DOM and SVG helpers,
 * number formats, and the pictures: a job's DAG (laid out by dagre as a compound graph, RDDs as nodes, stages as
 * clusters, drawn here as SVG), histograms and time axes. Exposed as window.RivuletDraw.
 */
(function () {
  'use strict';

  var SVG_NS = 'http://www.w3.org/2000/svg';
  var STAGE_COLORS = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7',
    '#9c755f', '#bab0ac'];

  // ---- DOM and SVG ----------------------------------------------------------------------------------------------

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function svgEl(tag, attrs, children) {
    var node = document.createElementNS(SVG_NS, tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function setAttrs(node, attrs) {
    if (!attrs) return;
    Object.keys(attrs).forEach(function (key) {
      var value = attrs[key];
      if (value === null || value === undefined || value === false) return;
      if (key === 'text') node.textContent = value;
      else if (key === 'onclick') node.addEventListener('click', value);
      else node.setAttribute(key, value);
    });
  }

  function append(node, children) {
    if (children === null || children === undefined) return;
    (Array.isArray(children) ? children : [children]).forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(typeof child === 'string' || typeof child === 'number'
        ? document.createTextNode(String(child)) : child);
    });
  }

  function title(text) {
    return svgEl('title', {text: text});
  }

  function fmtCount(n) {
    return Number(n || 0).toLocaleString('en-US');
  }

  function fmtBytes(n) {
    n = Number(n || 0);
    if (n < 1024) return n + ' B';
    var units = ['KiB', 'MiB', 'GiB', 'TiB'];
    var value = n;
    var unit = -1;
    do { value /= 1024; unit++; } while (value >= 1024 && unit < units.length - 1);
    return value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0) + ' ' + units[unit];
  }

  function fmtDuration(ms) {
    ms = Math.max(0, Math.round(ms));
    if (ms < 1000) return ms + ' ms';
    if (ms < 60000) return (ms / 1000).toFixed(ms < 10000 ? 2 : 1) + ' s';
    if (ms < 3600000) return Math.floor(ms / 60000) + ' min ' + Math.round((ms % 60000) / 1000) + ' s';
    return Math.floor(ms / 3600000) + ' h ' + Math.round((ms % 3600000) / 60000) + ' min';
  }

  function fmtTime(ms) {
    if (!ms) return '';
    var d = new Date(ms);
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate()) + ' ' + two(d.getHours()) + ':'
      + two(d.getMinutes()) + ':' + two(d.getSeconds());
  }

  function clockTime(ms) {
    return fmtTime(ms).slice(11);
  }

  function stageColor(stageId) {
    return STAGE_COLORS[stageId % STAGE_COLORS.length];
  }

  var measureContext = null;

  function textWidth(text, font) {
    if (!measureContext) measureContext = document.createElement('canvas').getContext('2d');
    measureContext.font = font;
    return measureContext.measureText(text).width;
  }

  // ---- DAGs -------------------------------------------------------------------------------------------------

  function legend() {
    function sample(draw) {
      var s = svgEl('svg', {width: 44, height: 20});
      draw(s);
      return s;
    }
    return el('div', {'class': 'legend dag'}, [
      el('span', null, [sample(function (s) {
        s.appendChild(svgEl('rect', {x: 2, y: 2, width: 40, height: 16, rx: 3, fill: '#eaf2fc', stroke: '#5b8fd6'}));
      }), ' stage']),
      el('span', null, [sample(function (s) {
        s.appendChild(svgEl('rect', {x: 2, y: 2, width: 40, height: 16, rx: 3, fill: '#f1f2f4', stroke: '#9aa3ad',
          'stroke-dasharray': '5 4'}));
      }), ' skipped stage']),
      el('span', null, [sample(function (s) {
        s.appendChild(svgEl('rect', {x: 6, y: 3, width: 32, height: 14, rx: 3, fill: '#fff', stroke: '#4a5866'}));
      }), ' RDD']),
      el('span', null, [sample(function (s) {
        s.appendChild(svgEl('rect', {x: 6, y: 3, width: 32, height: 14, rx: 3, fill: '#d7f3dc', stroke: '#27a046',
          'stroke-width': 1.8}));
      }), ' cached RDD']),
      el('span', null, [sample(function (s) {
        s.appendChild(svgEl('line', {x1: 2, y1: 10, x2: 42, y2: 10, stroke: '#56626e', 'stroke-width': 1.4}));
      }), ' narrow dependency']),
      el('span', null, [sample(function (s) {
        s.appendChild(svgEl('line', {x1: 2, y1: 10, x2: 42, y2: 10, stroke: '#d35400', 'stroke-width': 2,
          'stroke-dasharray': '7 4'}));
      }), ' shuffle'])
    ]);
  }

  var OP_FONT = '600 12.5px system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';
  var SITE_FONT = '11px system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';
  var LABEL_FONT = '700 12.5px system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

  /** Lays out one job's RDD graph with dagre (stages as clusters) and draws it as SVG. */
  function drawDag(job, stages) {
    var g = new dagre.graphlib.Graph({compound: true});
    g.setGraph({rankdir: 'TB', nodesep: 22, ranksep: 26, edgesep: 10, marginx: 8, marginy: 8});
    g.setDefaultEdgeLabel(function () { return {}; });
    var nodeIds = new Set();
    stages.forEach(function (s) {
      var cluster = 'stage-' + s.stageId;
      // "Stage 1 · 4 tasks": one task per partition of the stage's last RDD (skipped stages ran none here).
      var tasks = s.run && s.how !== 'skipped' && s.how !== 'pending'
        ? ' \u00b7 ' + s.run.numTasks + ' task' + (s.run.numTasks === 1 ? '' : 's') : '';
      var label = 'Stage ' + s.stageId + tasks + (s.how === 'skipped' ? ' (skipped)' : s.how === 'pending'
        ? ' (pending)' : s.how === 'failed' ? ' (failed)' : s.how === 'running' ? ' (running)' : '');
      g.setNode(cluster, {kind: 'stage', stage: s, label: label});
      // The label sits in a node of its own at the top of the box, so that the layout leaves room for it.
      var labelNode = cluster + '-label';
      g.setNode(labelNode, {kind: 'label', width: textWidth(label, LABEL_FONT) + 4, height: 14});
      g.setParent(labelNode, cluster);
      var rdds = s.run ? s.run.rdds : [];
      if (!rdds.length) {
        var text = s.how === 'pending' ? 'not submitted yet' : 'not in this log';
        var placeholder = cluster + '-none';
        g.setNode(placeholder, {kind: 'placeholder', text: text, width: textWidth(text, SITE_FONT) + 16, height: 24});
        g.setParent(placeholder, cluster);
        g.setEdge(labelNode, placeholder, {invisible: true});
        return;
      }
      var inStage = new Set(rdds.map(function (r) { return r.id; }));
      rdds.forEach(function (rdd) {
        var id = 'rdd-' + s.stageId + '-' + rdd.id;
        var op = rdd.name + ' [' + rdd.id + ']';
        var width = Math.max(textWidth(op, OP_FONT), textWidth(rdd.callSite || '', SITE_FONT)) + 24;
        g.setNode(id, {kind: 'rdd', rdd: rdd, stage: s, op: op, width: Math.min(Math.max(width, 90), 280),
          height: 38});
        g.setParent(id, cluster);
        nodeIds.add(id);
        var narrowParents = rdd.parentIds.filter(function (p) {
          return inStage.has(p) && rdd.shuffleParentIds.indexOf(p) < 0;
        });
        if (!narrowParents.length) g.setEdge(labelNode, id, {invisible: true});
      });
    });
    // Edges: narrow ones inside a stage, shuffles from the last RDD of a parent stage.
    stages.forEach(function (s) {
      if (!s.run) return;
      s.run.rdds.forEach(function (rdd) {
        var target = 'rdd-' + s.stageId + '-' + rdd.id;
        rdd.parentIds.forEach(function (p) {
          if (rdd.shuffleParentIds.indexOf(p) >= 0) {
            var found = false;
            s.run.parentIds.forEach(function (parentStage) {
              var source = 'rdd-' + parentStage + '-' + p;
              if (nodeIds.has(source)) {
                g.setEdge(source, target, {shuffle: true});
                found = true;
              }
            });
            if (!found) {
              s.run.parentIds.forEach(function (parentStage) {
                if (g.hasNode('stage-' + parentStage + '-none')) {
                  g.setEdge('stage-' + parentStage + '-none', target, {shuffle: true});
                }
              });
            }
          } else if (nodeIds.has('rdd-' + s.stageId + '-' + p)) {
            g.setEdge('rdd-' + s.stageId + '-' + p, target, {});
          }
        });
      });
    });
    dagre.layout(g);

    var graph = g.graph();
    var width = Math.ceil(graph.width + 4);
    var height = Math.ceil(graph.height + 4);
    var svg = svgEl('svg', {'class': 'dag', width: width, height: height, viewBox: '-2 -2 ' + width + ' ' + height,
      'data-job-id': job.jobId});
    svg.appendChild(svgEl('defs', null, [
      svgEl('marker', {id: 'arrow-' + job.jobId, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7,
        markerHeight: 7, orient: 'auto-start-reverse'}, svgEl('path', {d: 'M0,0 L10,5 L0,10 z', fill: '#56626e'})),
      svgEl('marker', {id: 'arrow-shuffle-' + job.jobId, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 6,
        markerHeight: 6, orient: 'auto-start-reverse'}, svgEl('path', {d: 'M0,0 L10,5 L0,10 z', fill: '#d35400'}))
    ]));
    var clusters = svgEl('g', {'class': 'stages'});
    var edges = svgEl('g', {'class': 'edges'});
    var nodes = svgEl('g', {'class': 'rdds'});
    svg.appendChild(clusters);
    svg.appendChild(edges);
    svg.appendChild(nodes);
    var clusterGroups = new Map();
    stages.forEach(function (s) {
      var box = g.node('stage-' + s.stageId);
      var label = g.node('stage-' + s.stageId + '-label');
      var group = svgEl('g', {'class': 'stage-cluster ' + s.how, 'data-stage-id': s.stageId}, [
        title(box.label + (s.run ? ': ' + s.run.name + ' \u00b7 ' + s.run.numTasks + ' tasks' : '')),
        svgEl('rect', {'class': 'stage-box', x: box.x - box.width / 2, y: box.y - box.height / 2, width: box.width,
          height: box.height, rx: 6}),
        svgEl('text', {'class': 'stage-label', x: box.x - box.width / 2 + 8, y: label.y + 4, text: box.label})
      ]);
      clusters.appendChild(group);
      clusterGroups.set(s.stageId, group);
    });
    g.edges().forEach(function (e) {
      var edge = g.edge(e);
      if (edge.invisible) return;
      var path = svgEl('path', {'class': 'edge' + (edge.shuffle ? ' shuffle' : ''), d: curve(edge.points),
        'marker-end': 'url(#' + (edge.shuffle ? 'arrow-shuffle-' : 'arrow-') + job.jobId + ')'});
      edges.appendChild(path);
    });
    g.nodes().forEach(function (id) {
      var node = g.node(id);
      if (node.kind === 'rdd') {
        var rdd = node.rdd;
        var cached = rdd.storageLevel !== 'NONE';
        var x = node.x - node.width / 2;
        var y = node.y - node.height / 2;
        var group = svgEl('g', {'class': 'rdd-node' + (cached ? ' cached' : ''), 'data-rdd-id': rdd.id}, [
          title('RDD ' + rdd.id + ': ' + rdd.name + ' at ' + rdd.callSite + '\n' + rdd.numPartitions + ' partitions'
            + (cached ? '\npersisted: ' + rdd.storageLevel : '')),
          svgEl('rect', {x: x, y: y, width: node.width, height: node.height, rx: 4}),
          svgEl('text', {'class': 'op', x: node.x, y: y + 16, 'text-anchor': 'middle', text: node.op}),
          svgEl('text', {'class': 'site', x: node.x, y: y + 30, 'text-anchor': 'middle', text: rdd.callSite || ''})
        ]);
        if (cached) group.appendChild(svgEl('circle', {'class': 'cached-dot', cx: x + node.width - 7, cy: y + 7, r: 3.5}));
        nodes.appendChild(group);
      } else if (node.kind === 'placeholder') {
        nodes.appendChild(svgEl('g', {'class': 'placeholder'}, svgEl('text', {x: node.x, y: node.y + 4,
          'text-anchor': 'middle', text: node.text})));
      }
    });
    return svg;
  }

  /** A smooth path through dagre's edge points. */
  function curve(points) {
    var d = 'M' + points[0].x + ',' + points[0].y;
    if (points.length === 2) return d + ' L' + points[1].x + ',' + points[1].y;
    for (var i = 1; i < points.length - 1; i++) {
      var mid = {x: (points[i].x + points[i + 1].x) / 2, y: (points[i].y + points[i + 1].y) / 2};
      if (i === points.length - 2) mid = points[i + 1];
      d += ' Q' + points[i].x + ',' + points[i].y + ' ' + mid.x + ',' + mid.y;
    }
    return d;
  }

  // ---- charts -----------------------------------------------------------------------------------------------

  function histogram(values, width, height, id) {
    var svg = svgEl('svg', {'class': 'chart histogram', width: width, height: height, id: id || null});
    if (!values.length) {
      svg.appendChild(svgEl('text', {x: 10, y: 20, text: 'no successful task yet'}));
      return svg;
    }
    var min = Math.min.apply(null, values);
    var max = Math.max.apply(null, values);
    var bins = Math.max(1, Math.min(20, Math.ceil(Math.sqrt(values.length)), max - min + 1));
    var step = (max - min + 1) / bins;
    var counts = new Array(bins).fill(0);
    values.forEach(function (v) { counts[Math.min(bins - 1, Math.floor((v - min) / step))]++; });
    var top = Math.max.apply(null, counts);
    var left = 40, right = 10, topPad = 10, bottom = 34;
    var plotW = width - left - right, plotH = height - topPad - bottom;
    var barW = plotW / bins;
    svg.appendChild(svgEl('line', {'class': 'axis', x1: left, y1: topPad + plotH, x2: left + plotW,
      y2: topPad + plotH}));
    svg.appendChild(svgEl('line', {'class': 'axis', x1: left, y1: topPad, x2: left, y2: topPad + plotH}));
    svg.appendChild(svgEl('text', {x: left - 4, y: topPad + 8, 'text-anchor': 'end', text: String(top)}));
    svg.appendChild(svgEl('text', {x: left - 4, y: topPad + plotH, 'text-anchor': 'end', text: '0'}));
    svg.appendChild(svgEl('text', {x: 12, y: topPad + plotH / 2, transform: 'rotate(-90 12 ' + (topPad + plotH / 2)
      + ')', 'text-anchor': 'middle', text: 'tasks'}));
    counts.forEach(function (count, i) {
      var h = top ? plotH * count / top : 0;
      var from = min + i * step, to = min + (i + 1) * step;
      svg.appendChild(svgEl('rect', {'class': 'hist-bar', x: left + i * barW + 1, y: topPad + plotH - h,
        width: Math.max(1, barW - 2), height: h}, title(count + ' task' + (count === 1 ? '' : 's') + ' took '
        + fmtDuration(from) + ' to ' + fmtDuration(to))));
    });
    [0, Math.floor(bins / 2), bins].forEach(function (i) {
      svg.appendChild(svgEl('text', {x: left + i * barW, y: topPad + plotH + 14, 'text-anchor': i === 0 ? 'start'
        : i === bins ? 'end' : 'middle', text: fmtDuration(min + i * step)}));
    });
    svg.appendChild(svgEl('text', {x: left + plotW / 2, y: height - 4, 'text-anchor': 'middle',
      text: 'task duration'}));
    return svg;
  }

  function timeAxis(svg, x0, width, y, start, end) {
    var span = Math.max(1, end - start);
    var ticks = 6;
    for (var i = 0; i <= ticks; i++) {
      var x = x0 + width * i / ticks;
      svg.appendChild(svgEl('line', {'class': 'grid', x1: x, y1: 0, x2: x, y2: y}));
      svg.appendChild(svgEl('text', {x: x, y: y + 14, 'text-anchor': i === 0 ? 'start' : i === ticks ? 'end'
        : 'middle', text: '+' + fmtDuration(span * i / ticks)}));
    }
  }

  window.RivuletDraw = {
    el: el, svgEl: svgEl, append: append, title: title,
    fmtCount: fmtCount, fmtBytes: fmtBytes, fmtDuration: fmtDuration, fmtTime: fmtTime, clockTime: clockTime,
    stageColor: stageColor, dagLegend: legend, drawDag: drawDag, histogram: histogram, timeAxis: timeAxis
  };
})();
