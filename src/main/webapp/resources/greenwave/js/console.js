/*
 * The console's live updates. One OmniFaces socket per page (channel "live") delivers Greenwave's
 * live events as {type, intersectionId, at, data}; pages register handlers with
 * greenwave.on(type, fn). When the socket (re)opens the page calls its gwResync remote command, if
 * it has one, because events sent while the socket was closed are lost.
 */
var greenwave = (function () {
  var handlers = {};
  function stateText(text, css) {
    var el = document.getElementById('gw-socket-state');
    if (el) { el.textContent = text; el.className = 'gw-socket ' + css; }
  }
  return {
    on: function (type, fn) { (handlers[type] = handlers[type] || []).push(fn); },
    received: function (message) {
      greenwave.count = (greenwave.count || 0) + 1;
      (handlers[message.type] || []).forEach(function (fn) { fn(message); });
    },
    socketOpened: function () {
      stateText('live', 'open');
      if (typeof window.gwResync === 'function') { window.gwResync(); }
    },
    socketClosed: function () { stateText('offline', 'closed'); },
    /** Same label as LineChart.timeLabel on the server: MM-dd HH:mm of the ISO time (UTC). */
    timeLabel: function (iso) { return iso.substring(5, 16).replace('T', ' '); },
    /** Appends (or replaces) the point at label x of the series named name; adds the series if new. */
    addPoint: function (widgetVar, name, x, y, maxPoints) {
      var w = PF(widgetVar);
      if (!w || !w.chart) { return; }
      var chart = w.chart, data = chart.data;
      if (data.labels.indexOf(x) < 0) {
        data.labels.push(x);
        data.labels.sort();
      }
      var set = data.datasets.find(function (d) { return d.label === name; });
      if (!set) {
        set = { label: name, data: [], pointRadius: 2, tension: 0.25, spanGaps: true };
        data.datasets.push(set);
      }
      var existing = set.data.find(function (p) { return p.x === x; });
      if (existing) { existing.y = y; } else { set.data.push({ x: x, y: y }); }
      while (maxPoints && data.labels.length > maxPoints) { data.labels.shift(); }
      chart.update();
    },
    points: function (widgetVar) {
      var w = PF(widgetVar);
      if (!w || !w.chart) { return -1; }
      return w.chart.data.datasets.reduce(function (n, d) { return n + d.data.length; }, 0);
    }
  };
})();

/*
 * Keyboard focus survives ajax re-renders: an action that updates its own form (deploy, rollback,
 * compare) replaces the focused button with a new element and the browser drops focus to the
 * page's top. Once the update is done, focus returns to the element of the same id, so a keyboard
 * user continues where they were (a confirm dialog's Yes hands focus back to its button this way).
 */
(function () {
  var lastId = null;
  document.addEventListener('focusin', function (e) {
    var el = e.target;
    if (el && el.id && !(el.closest && el.closest('.ui-dialog'))) { lastId = el.id; }
  });
  document.addEventListener('DOMContentLoaded', function () {
    if (!window.jQuery) { return; }
    jQuery(document).on('pfAjaxComplete', function () {
      setTimeout(function () {
        var active = document.activeElement;
        if (lastId && (!active || active === document.body)) {
          var again = document.getElementById(lastId);
          if (again && again.offsetParent !== null) { again.focus({preventScroll: true}); }
        }
      }, 150);
    });
  });
})();
