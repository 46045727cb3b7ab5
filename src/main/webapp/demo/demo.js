/*
 * Greenwave live demo: draws what the server simulates. The server pushes a frame (JSON) over a
 * WebSocket each time its simulation has moved on; this script keeps the last two frames of each
 * side and draws, on every animation frame of the browser, the vehicles interpolated between them,
 * so the picture moves smoothly (at the display's rate) even when frames arrive 1-10 times a second.
 * It computes nothing about traffic.
 */
window.GreenwaveDemo = (function () {
  'use strict';
  var layout = null;
  var sides = { left: newSide('leftCanvas'), right: newSide('rightCanvas') };
  var socket = null;
  var frames = 0;
  var draws = 0;
  var fps = 0;
  var lastFpsAt = performance.now();
  var generation = -1;
  var lastFrame = null;

  function newSide(canvasId) {
    return { canvasId: canvasId, previous: {}, current: {}, arrivedAt: 0, interval: 1000, signals: '' };
  }

  function connect(contextPath, token) {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    socket = new WebSocket(scheme + location.host + contextPath + '/demo/frames/' + token);
    socket.onmessage = function (event) { receive(JSON.parse(event.data)); };
    socket.onclose = function (event) {
      var state = document.getElementById('runState');
      if (state) {
        state.textContent = 'disconnected: ' + (event.reason || 'reload the page to start again');
      }
    };
    requestAnimationFrame(draw);
  }

  function receive(frame) {
    frames++;
    lastFrame = frame;
    var now = performance.now();
    if (frame.layout) {
      layout = frame.layout;
      sizeCanvases();
      sides.left.previous = {}; sides.left.current = {};
      sides.right.previous = {}; sides.right.current = {};
      if (frame.model) {
        var label = document.getElementById('modelLabel');
        if (label) { label.textContent = frame.model; }
      }
    }
    if (frame.generation !== generation || frame.sampleFrom === 0) {
      clearCharts();
      generation = frame.generation;
    }
    accept(sides.left, frame.left, frame.interval, now);
    accept(sides.right, frame.right, frame.interval, now);
    addSamples(frame.samples);
    showStatus(frame);
    showTotals(frame.totals);
  }

  function accept(side, data, interval, now) {
    side.previous = side.current;
    var current = {};
    var v = data.vehicles;
    for (var k = 0; k < v.length; k += 4) {
      current[v[k]] = [v[k + 1], v[k + 2], v[k + 3]];
    }
    side.current = current;
    side.signals = data.signals;
    side.arrivedAt = now;
    side.interval = Math.max(50, interval);
  }

  function sizeCanvases() {
    var b = layout.bounds;
    var aspect = (b[3] - b[1]) / (b[2] - b[0]);
    ['leftCanvas', 'rightCanvas'].forEach(function (id) {
      var c = document.getElementById(id);
      var width = c.clientWidth || 600;
      c.width = width;
      c.height = Math.max(200, Math.min(460, Math.round(width * aspect)));
    });
  }

  function draw(now) {
    draws++;
    if (now - lastFpsAt >= 1000) {
      fps = Math.round(draws * 1000 / (now - lastFpsAt));
      draws = 0;
      lastFpsAt = now;
      var el = document.getElementById('fps');
      if (el) { el.textContent = fps; }
    }
    if (layout) {
      drawSide(sides.left, now);
      drawSide(sides.right, now);
    }
    requestAnimationFrame(draw);
  }

  function drawSide(side, now) {
    var canvas = document.getElementById(side.canvasId);
    var g = canvas.getContext('2d');
    var b = layout.bounds;
    var scale = Math.min(canvas.width / (b[2] - b[0]), canvas.height / (b[3] - b[1]));
    var ox = (canvas.width - (b[2] - b[0]) * scale) / 2 - b[0] * scale;
    var oy = (canvas.height - (b[3] - b[1]) * scale) / 2 - b[1] * scale;
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.fillStyle = '#e7eee3';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.setTransform(scale, 0, 0, scale, ox, oy);
    drawRoads(g);
    drawSignals(g, side.signals);
    var alpha = Math.min(1, (now - side.arrivedAt) / side.interval);
    var size = 4.2;
    for (var id in side.current) {
      var c = side.current[id];
      var p = side.previous[id];
      var x = p ? p[0] + (c[0] - p[0]) * alpha : c[0];
      var y = p ? p[1] + (c[1] - p[1]) * alpha : c[1];
      g.fillStyle = colourFor(c[2]);
      g.fillRect(x - size / 2, y - size / 2, size, size);
    }
  }

  function drawRoads(g) {
    var lane = layout.lane;
    g.fillStyle = '#5b6167';
    layout.laneGroups.forEach(function (lg) {
      // lg: stop x, y, direction dx, dy, offset of first lane, lanes, road length
      var len = Math.min(lg[6], 400);
      var from = lg[4] - lane / 2;
      var to = from + lg[5] * lane;
      var rx = -lg[3], ry = lg[2]; // right of travel
      var ax = lg[0] + rx * from, ay = lg[1] + ry * from;
      var bx = lg[0] + rx * to, by = lg[1] + ry * to;
      g.beginPath();
      g.moveTo(ax, ay);
      g.lineTo(bx, by);
      g.lineTo(bx - lg[2] * len, by - lg[3] * len);
      g.lineTo(ax - lg[2] * len, ay - lg[3] * len);
      g.closePath();
      g.fill();
    });
    // the inner (median) half lane of each approach, so the two directions read as one road
    layout.laneGroups.forEach(function (lg) {
      var len = Math.min(lg[6], 400);
      var rx = -lg[3], ry = lg[2];
      g.beginPath();
      g.moveTo(lg[0], lg[1]);
      g.lineTo(lg[0] + rx * (lg[4] - lane / 2), lg[1] + ry * (lg[4] - lane / 2));
      g.lineTo(lg[0] + rx * (lg[4] - lane / 2) - lg[2] * len, lg[1] + ry * (lg[4] - lane / 2) - lg[3] * len);
      g.lineTo(lg[0] - lg[2] * len, lg[1] - lg[3] * len);
      g.closePath();
      g.fill();
    });
    layout.intersections.forEach(function (x) {
      g.fillRect(x[0] - x[2], x[1] - x[2], 2 * x[2], 2 * x[2]);
    });
    g.strokeStyle = '#f1f1e6';
    g.lineWidth = 0.4;
    g.setLineDash([3, 3]);
    layout.laneGroups.forEach(function (lg) {
      var len = Math.min(lg[6], 400);
      g.beginPath();
      g.moveTo(lg[0], lg[1]);
      g.lineTo(lg[0] - lg[2] * len, lg[1] - lg[3] * len);
      g.stroke();
    });
    g.setLineDash([]);
  }

  function drawSignals(g, signals) {
    var lane = layout.lane;
    layout.laneGroups.forEach(function (lg, k) {
      var aspect = signals.charAt(k);
      var colour = aspect === 'G' ? '#22c55e' : aspect === 'Y' ? '#facc15' : '#ef4444';
      var rx = -lg[3], ry = lg[2];
      var from = lg[4] - lane / 2, to = from + lg[5] * lane;
      g.strokeStyle = colour;
      g.lineWidth = 1.6;
      g.beginPath();
      g.moveTo(lg[0] + rx * from, lg[1] + ry * from);
      g.lineTo(lg[0] + rx * to, lg[1] + ry * to);
      g.stroke();
      // the head: a lamp beside the kerb of the lane group
      g.fillStyle = colour;
      g.beginPath();
      g.arc(lg[0] + rx * (to + 1.8), lg[1] + ry * (to + 1.8), 1.4, 0, 2 * Math.PI);
      g.fill();
    });
  }

  function colourFor(waited) {
    if (waited <= 0) { return '#3b82f6'; }
    var hue = Math.max(0, 55 - Math.min(waited, 60) * 55 / 60); // yellow -> red over a minute
    return 'hsl(' + hue + ', 90%, 50%)';
  }

  function chart(name) {
    var widget = window.PF ? PF(name) : null;
    return widget && widget.chart ? widget.chart : null;
  }

  function clearCharts() {
    ['leftChart', 'rightChart'].forEach(function (name) {
      var c = chart(name);
      if (c) {
        c.data.datasets.forEach(function (d) { d.data = []; });
        c.update('none');
      }
    });
  }

  function addSamples(samples) {
    if (!samples || samples.length === 0) { return; }
    var left = chart('leftChart');
    var right = chart('rightChart');
    samples.forEach(function (s) {
      // s: time, left delay, queue, throughput, right delay, queue, throughput
      var minutes = s[0] / 60;
      [left, right].forEach(function (c, side) {
        if (!c) { return; }
        for (var k = 0; k < 3; k++) {
          c.data.datasets[k].data.push({ x: minutes, y: s[1 + side * 3 + k] });
        }
      });
    });
    if (left) { left.update('none'); }
    if (right) { right.update('none'); }
  }

  function showStatus(frame) {
    var t = frame.t;
    var hh = String(Math.floor(t / 3600)).padStart(2, '0');
    var mm = String(Math.floor(t / 60) % 60).padStart(2, '0');
    var ss = String(t % 60).padStart(2, '0');
    text('clock', hh + ':' + mm + ':' + ss);
    text('runState', (frame.finished ? 'finished' : frame.running ? 'running' : 'paused') + ' at ' + frame.speed + '×');
    text('mlState', frame.learned ? 'learned policy' : 'ML off: fixed time');
  }

  function showTotals(t) {
    text('servedLeft', t.baselineServed);
    text('servedRight', t.greenwaveServed);
    text('waitLeft', t.baselineServed ? t.baselineMeanWait.toFixed(1) + ' s' : '–');
    text('waitRight', t.greenwaveServed ? t.greenwaveMeanWait.toFixed(1) + ' s' : '–');
    var less = t.paired ? t.lessWaitingPercent.toFixed(1) + ' % (' + t.paired + ' cars through both)' : '–';
    if (t.lessWaitingLow !== null) {
      less = t.lessWaitingPercent.toFixed(1) + ' % (95 % CI ' + t.lessWaitingLow.toFixed(1) + ' to ' +
        t.lessWaitingHigh.toFixed(1) + ' %, ' + t.paired + ' cars)';
    }
    text('lessWaiting', less);
    text('fuel', t.fuelSavedLitres.toFixed(2) + ' L');
    text('co2', t.co2SavedKg.toFixed(2) + ' kg');
  }

  function text(id, value) {
    var el = document.getElementById(id);
    if (el) { el.textContent = value; }
  }

  /** Both charts side by side in one PNG (Chart.js toBase64Image), downloaded. */
  function exportCharts() {
    var left = chart('leftChart');
    var right = chart('rightChart');
    if (!left || !right) { return; }
    var images = [left, right].map(function (c) { return c.toBase64Image('image/png', 1); });
    var w = left.canvas.width + right.canvas.width;
    var h = Math.max(left.canvas.height, right.canvas.height);
    var out = document.createElement('canvas');
    out.width = w; out.height = h;
    var g = out.getContext('2d');
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, w, h);
    var loaded = 0;
    images.forEach(function (src, k) {
      var img = new Image();
      img.onload = function () {
        g.drawImage(img, k === 0 ? 0 : left.canvas.width, 0);
        if (++loaded === 2) {
          var a = document.createElement('a');
          a.href = out.toDataURL('image/png');
          a.download = 'greenwave-demo-charts.png';
          document.body.appendChild(a);
          a.click();
          a.remove();
        }
      };
      img.src = src;
    });
  }

  /** For the browser test: what the page has received and drawn. */
  function debug() {
    var pointsLeft = chart('leftChart') ? chart('leftChart').data.datasets[0].data.length : 0;
    var pointsRight = chart('rightChart') ? chart('rightChart').data.datasets[0].data.length : 0;
    var positions = {};
    for (var id in sides.left.current) { positions[id] = sides.left.current[id].slice(0, 2); }
    return {
      frames: frames, fps: fps, time: lastFrame ? lastFrame.t : 0,
      running: lastFrame ? lastFrame.running : false,
      pointsLeft: pointsLeft, pointsRight: pointsRight,
      vehiclesLeft: Object.keys(sides.left.current).length,
      vehiclesRight: Object.keys(sides.right.current).length,
      positions: positions,
      totals: lastFrame ? lastFrame.totals : null,
      model: lastFrame && lastFrame.model ? lastFrame.model : document.getElementById('modelLabel').textContent
    };
  }

  return { connect: connect, exportCharts: exportCharts, debug: debug };
})();
