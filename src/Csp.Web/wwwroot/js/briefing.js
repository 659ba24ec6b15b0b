// The briefing's map, drawn from the JSON the page carries (no inline script: the page's Content-Security-Policy
// allows scripts from the app only): wards shaded by incidents in the window, incidents as dots, emerging hot spots ringed.
(function () {
  'use strict';
  var block = document.getElementById('briefing-data');
  var box = document.getElementById('map');
  if (!block || !box || typeof L === 'undefined') return;
  var data = JSON.parse(block.textContent);
  var map = L.map('map', { zoomSnap: 0.25, attributionControl: false });
  var palette = ['#f7f7f7', '#fdd49e', '#fc8d59', '#d7301f'];
  function colour(n, max) {
    if (!n) return palette[0];
    var i = Math.min(palette.length - 1, 1 + Math.floor((n - 1) * (palette.length - 1) / Math.max(1, max)));
    return palette[i];
  }
  // The view is set before any layer is added: Leaflet cannot draw vectors on a map with no view yet.
  var wards = null;
  if (data.wards) {
    var max = 0;
    data.wards.features.forEach(function (f) { max = Math.max(max, f.properties.count || 0); });
    wards = L.geoJSON(data.wards, {
      style: function (f) { return { color: '#555', weight: 1, fillOpacity: 0.7, fillColor: colour(f.properties.count, max) }; },
      onEachFeature: function (f, l) { l.bindTooltip(f.properties.name + ': ' + (f.properties.count || 0) + ' incidents', { sticky: true }); }
    });
  }
  if (wards && wards.getLayers().length > 0) map.fitBounds(wards.getBounds(), { padding: [8, 8] });
  else if ((data.incidents || []).length > 0) map.fitBounds(data.incidents.map(function (p) { return [p.lat, p.lon]; }), { padding: [20, 20] });
  else map.setView([51.43, 0.3], 11);
  if (wards) wards.addTo(map);
  var colours = {};
  var scheme = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#666666'];
  (data.incidents || []).forEach(function (p) {
    if (!(p.category in colours)) colours[p.category] = scheme[Object.keys(colours).length % scheme.length];
    L.circleMarker([p.lat, p.lon], { radius: 5, weight: 1, color: '#222', fillColor: colours[p.category], fillOpacity: 0.9 })
      .bindTooltip(p.label).addTo(map);
  });
  (data.emerging || []).forEach(function (p) {
    L.circle([p.lat, p.lon], { radius: 354, color: '#c00', weight: 3, fill: false }).bindTooltip(p.label).addTo(map);
  });
  var legend = document.createElement('div');
  legend.className = 'map-legend';
  Object.keys(colours).forEach(function (c) {
    var item = document.createElement('span');
    item.className = 'legend-item';
    var swatch = document.createElement('span');
    swatch.className = 'dot';
    swatch.style.backgroundColor = colours[c];
    item.appendChild(swatch);
    item.appendChild(document.createTextNode(c));
    legend.appendChild(item);
  });
  box.parentNode.insertBefore(legend, box.nextSibling);
})();
