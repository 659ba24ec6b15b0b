// The dashboard's charts and map, drawn from the JSON the page carries (no inline script: the page's
// Content-Security-Policy allows scripts from the app only).
(function () {
  'use strict';

  // The period form: show the fields of the chosen kind of period.
  var kind = document.getElementById('kind');
  var hints = {
    yearEnding: 'the last month, YYYY-MM (2025-09 is the year ending September 2025)',
    financialYear: 'the year it starts, YYYY (2024 is April 2024 to March 2025)',
    yearToDate: 'the last month, YYYY-MM (April to that month)',
    quarter: 'YYYY-Qn, e.g. 2025-Q2',
    month: 'YYYY-MM',
    range: ''
  };
  function showKind() {
    if (!kind) return;
    document.querySelectorAll('[data-kinds]').forEach(function (el) {
      var on = el.getAttribute('data-kinds').split(' ').indexOf(kind.value) >= 0;
      el.hidden = !on;
      el.querySelectorAll('input').forEach(function (i) { i.disabled = !on; });
    });
    var hint = document.getElementById('value-hint');
    if (hint) hint.textContent = hints[kind.value] || '';
  }
  if (kind) { kind.addEventListener('change', showKind); showKind(); }

  var dataElement = document.getElementById('dashboard-data');
  if (!dataElement) return;
  var data = JSON.parse(dataElement.textContent);
  var categorySelect = document.getElementById('chart-category');
  var highlight = '#b3261e', other = '#6b7f99', period = '#1d4f91', baseline = '#8a8a8a';
  var number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

  function row(category) {
    return data.rows.find(function (r) { return r.category === category; }) || data.rows[0];
  }

  function monthLabel(m) {
    var parts = m.split('-');
    var d = new Date(Date.UTC(+parts[0], +parts[1] - 1, 1));
    return d.toLocaleDateString('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' });
  }

  var trendChart = null, rankChart = null;
  function drawTrend(category) {
    // No chart of months where the reader may not see them (a ward or LSOA: the page says so instead).
    var canvas = document.getElementById('trend-chart');
    if (!canvas) return;
    var r = row(category);
    var now = r.months.filter(function (m) { return m.inPeriod; });
    var before = r.months.filter(function (m) { return !m.inPeriod; });
    var n = Math.max(now.length, before.length);
    var labels = [];
    for (var i = 0; i < n; i++) labels.push(now[i] ? monthLabel(now[i].month) : (before[i] ? monthLabel(before[i].month) : ''));
    var config = {
      type: 'line',
      data: {
        labels: labels,
        datasets: [
          { label: data.period.label, data: now.map(function (m) { return m.count; }), borderColor: period, backgroundColor: period, tension: 0.2 },
          { label: 'Baseline ' + data.baseline.label, data: before.map(function (m) { return m.count; }), borderColor: baseline, backgroundColor: baseline, borderDash: [6, 4], tension: 0.2 }
        ]
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        plugins: {
          legend: { position: 'bottom' },
          tooltip: { callbacks: { title: function (items) {
            var i = items[0].dataIndex, ds = items[0].datasetIndex;
            var m = ds === 0 ? now[i] : before[i];
            return m ? monthLabel(m.month) : '';
          } } }
        },
        scales: { y: { beginAtZero: true, title: { display: true, text: category + ' (count)' } } }
      }
    };
    if (trendChart) trendChart.destroy();
    trendChart = new Chart(canvas, config);
  }

  function drawRank(category) {
    var rates = (data.siblings.rates[category] || []);
    var items = data.siblings.areas.map(function (a, i) { return { code: a.code, name: a.name, rate: rates[i] }; })
      .filter(function (x) { return x.rate !== null && x.rate !== undefined; })
      .sort(function (a, b) { return b.rate - a.rate; });
    var config = {
      type: 'bar',
      data: {
        labels: items.map(function (x) { return x.name; }),
        datasets: [{
          label: category + ' per 1,000 residents',
          data: items.map(function (x) { return x.rate; }),
          backgroundColor: items.map(function (x) { return x.code === data.area.code ? highlight : other; })
        }]
      },
      options: {
        indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: false }, tooltip: { callbacks: { label: function (c) { return number.format(c.parsed.x) + ' per 1,000 residents'; } } } },
        scales: { x: { beginAtZero: true, title: { display: true, text: 'Crimes per 1,000 residents' } } }
      }
    };
    if (rankChart) rankChart.destroy();
    rankChart = new Chart(document.getElementById('rank-chart'), config);
  }

  // The map: boundaries drawn from GeoJSON, with tiles underneath only when the site configures a tile server.
  var map = null, layer = null;
  var palette = ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'];
  function breaks(values) {
    var v = values.slice().sort(function (a, b) { return a - b; });
    if (v.length === 0) return [];
    var result = [];
    for (var i = 1; i < palette.length; i++) result.push(v[Math.min(v.length - 1, Math.floor(i * v.length / palette.length))]);
    return result;
  }
  function colour(value, cuts) {
    if (value === undefined || value === null) return '#e0e0e0';
    var i = 0;
    while (i < cuts.length && value > cuts[i]) i++;
    return palette[i];
  }
  function legend(cuts, category) {
    var box = document.getElementById('map-legend');
    if (!box) return;
    box.textContent = '';
    var title = document.createElement('span');
    title.className = 'legend-title';
    title.textContent = category + ' per 1,000 residents:';
    box.appendChild(title);
    var bounds = [null].concat(cuts).concat([null]);
    for (var i = 0; i < palette.length; i++) {
      var item = document.createElement('span');
      item.className = 'legend-item';
      var swatch = document.createElement('span');
      swatch.className = 'swatch swatch-' + i;
      item.appendChild(swatch);
      var lo = bounds[i], hi = bounds[i + 1];
      item.appendChild(document.createTextNode(lo === null ? 'up to ' + number.format(hi) : hi === null ? 'over ' + number.format(lo) : number.format(lo) + ' to ' + number.format(hi)));
      box.appendChild(item);
    }
  }
  function drawMap(category) {
    if (!data.map || typeof L === 'undefined') return;
    var url = data.map.url.replace(/category=[^&]*/, 'category=' + encodeURIComponent(category));
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
      .then(function (r) { if (!r.ok) throw new Error('map ' + r.status); return r.json(); })
      .then(function (geo) {
        if (!map) {
          map = L.map('map', { zoomSnap: 0.25, attributionControl: !!data.map.tiles });
          if (data.map.tiles) L.tileLayer(data.map.tiles, { attribution: data.map.attribution || '' }).addTo(map);
        }
        if (layer) map.removeLayer(layer);
        var values = geo.features.map(function (f) { return f.properties.ratePer1000; }).filter(function (v) { return v !== undefined; });
        var cuts = breaks(values);
        layer = L.geoJSON(geo, {
          style: function (f) {
            return { color: '#333', weight: 1, fillOpacity: 0.8, fillColor: colour(f.properties.ratePer1000, cuts) };
          },
          onEachFeature: function (f, l) {
            var p = f.properties;
            var text = p.withheld ? p.name + ': a small number, withheld'
              : p.name + ': ' + (p.ratePer1000 === undefined ? 'no population figure' : number.format(p.ratePer1000) + ' per 1,000 residents') +
                (p.count === undefined ? '' : ' (' + number.format(p.count) + ' crimes)');
            // A text node, never a string: Leaflet puts a string tooltip in as HTML, and an area's name comes from an
            // imported file.
            l.bindTooltip(document.createTextNode(text), { sticky: true });
          }
        }).addTo(map);
        if (layer.getLayers().length > 0) map.fitBounds(layer.getBounds(), { padding: [8, 8] });
        legend(cuts, category);
      })
      .catch(function () {
        var box = document.getElementById('map');
        if (box) box.textContent = 'The map could not be drawn (are the boundaries imported?). The figures are in the table below.';
      });
  }

  function draw() {
    var category = categorySelect ? categorySelect.value : 'Total crime';
    drawTrend(category);
    drawRank(category);
    drawMap(category);
  }
  if (categorySelect) categorySelect.addEventListener('change', draw);
  draw();
})();
