// dateline web UI: plain DOM, no framework, no network beyond this server's /api.
// Everything that comes from an article is put on the page with textContent or attribute setters,
// never parsed as HTML, so a page that carried <script> or onerror= stays inert text.
"use strict";

const view = document.getElementById("view");

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function link(hash, text) { return el("a", { href: hash, text }); }
const articleHash = (id) => "#/article/" + encodeURIComponent(id);
const speakerHash = (name) => "#/speaker/" + encodeURIComponent(name);
const timelineHash = (kind, name) => "#/timeline?" + kind + "=" + encodeURIComponent(name);

async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const response = await fetch("/api/" + path + (query.toString() ? "?" + query : ""));
  if (!response.ok) throw new Error(response.status + " " + response.statusText);
  return response.json();
}

function show(...nodes) { view.replaceChildren(...nodes.filter((n) => n !== null && n !== undefined)); }
function empty(text) { return el("p", { class: "empty", text }); }

// Snippets come back as pieces {text, match}: matches are marked, everything is text.
function snippet(pieces) {
  const node = el("p", { class: "snippet" });
  for (const piece of pieces || []) node.append(piece.match ? el("mark", { text: piece.text }) : document.createTextNode(piece.text));
  return node;
}

function articleMeta(a) {
  return el("div", { class: "meta" },
    [a.site, a.published ? "published " + a.published : "publication date unknown",
     a.duplicate_of ? "duplicate of " + a.duplicate_of : null].filter(Boolean).join(" · "));
}

async function searchView(q) {
  document.getElementById("q").value = q || "";
  const data = await api("search", { q, limit: 50 });
  const list = data.results.map((a) =>
    el("div", { class: "result" }, el("h3", {}, link(articleHash(a.id), a.title || "(no title)")),
      articleMeta(a), snippet(a.snippet)));
  show(el("h2", { text: q ? "Results for “" + q + "”" : "Latest articles" }),
    ...(list.length ? list : [empty("Nothing found.")]));
}

// --- article view: the text with every annotation highlighted in place ---------------------------

function annotations(record) {
  const found = [];
  const speakers = new Map();
  for (const q of record.quotes || []) {
    const who = q.speaker.name || (q.speaker.mention && q.speaker.mention.text) || "unknown speaker";
    if (!speakers.has(who)) speakers.set(who, speakers.size % 6);
    found.push({ start: q.content.start, end: q.content.end, cls: "ann-quote speaker-" + speakers.get(who),
      title: q.kind + " quote — " + who + (q.speaker.reason ? " (" + q.speaker.reason + ")" : ""),
      data: { quote: q.id, speaker: who } });
  }
  for (const t of record.timexes || []) {
    found.push({ start: t.start, end: t.end, cls: "ann-timex",
      title: t.type + " → " + (t.value || "unresolved") + " (" + (t.reason ? "unresolved: " + t.reason : t.anchor) + ")",
      data: { timex: t.id, value: t.value || "" } });
  }
  for (const e of record.entities || []) {
    for (const m of e.mentions || []) {
      found.push({ start: m.start, end: m.end, cls: "ann-entity", title: e.label + ": " + e.name, data: { entity: e.id } });
    }
  }
  for (const ev of record.events || []) {
    found.push({ start: ev.trigger.start, end: ev.trigger.end, cls: "ann-event",
      title: "event " + ev.type + (ev.date ? " on " + ev.date : "") + (ev.place ? " in " + (ev.place.name || ev.place.mention.text) : ""),
      data: { event: ev.id } });
  }
  return found.filter((a) => a.end > a.start);
}

// One sweep over the cut points, keeping the set of annotations open at each: pieces covered by several
// annotations get all their classes and titles, and a long article with thousands of them stays fast.
function highlighted(text, found) {
  const opens = new Map(), closes = new Map();
  const at = (map, key, a) => { if (!map.has(key)) map.set(key, []); map.get(key).push(a); };
  for (const a of found) { at(opens, a.start, a); at(closes, a.end, a); }
  const points = [...new Set([0, text.length, ...opens.keys(), ...closes.keys()])]
    .filter((p) => p >= 0 && p <= text.length).sort((x, y) => x - y);
  const node = el("div", { class: "text" });
  const active = new Set();
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    for (const a of closes.get(start) || []) active.delete(a);
    for (const a of opens.get(start) || []) active.add(a);
    const piece = text.slice(start, end);
    const covering = [...active];
    if (!covering.length) { node.append(document.createTextNode(piece)); continue; }
    const span = el("span", { class: covering.map((a) => a.cls).join(" "), title: covering.map((a) => a.title).join("\n") });
    for (const a of covering) for (const [key, value] of Object.entries(a.data)) span.dataset[key] = value;
    span.textContent = piece;
    node.append(span);
  }
  return node;
}

// A URL from an article becomes a link only when it is http(s); anything else (javascript:, data:, a relative
// path) is shown as plain text, so a record cannot smuggle a script or a same-site request into a click.
function webUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch (error) {
    return null;
  }
}

function outLink(url, text) {
  const href = webUrl(url);
  return href ? el("a", { href, text: text || url, rel: "noopener noreferrer nofollow", target: "_blank" })
    : el("span", { text: text || url });
}

// What the page said about the article besides its text: section, tags, related headlines, the source.
function pageFacts(r) {
  const meta = r.metadata;
  const facts = el("dl", { class: "facts" });
  const add = (label, ...value) => facts.append(el("dt", { text: label }), el("dd", {}, ...value));
  if (meta.section) add("Section", meta.section);
  if ((meta.tags || []).length) add("Tags", meta.tags.join(", "));
  if (r.source.url) add("Source", outLink(r.source.url));
  const related = (meta.related || []).map((item) => el("li", {}, item.url ? outLink(item.url, item.title) : item.title));
  return [facts.childNodes.length ? facts : null,
    related.length ? el("section", { class: "related" }, el("h3", { text: "Related headlines" }), el("ul", {}, ...related)) : null];
}

function panel(title, items) {
  return el("section", {}, el("h3", { text: title }), items.length ? el("ul", {}, ...items) : empty("none"));
}

async function articleView(id) {
  const data = await api("articles/" + encodeURIComponent(id));
  const r = data.record;
  const meta = r.metadata;
  const quotes = (r.quotes || []).map((q) => {
    const who = q.speaker.name || (q.speaker.mention && q.speaker.mention.text);
    return el("li", {}, who ? link(speakerHash(who), who) : el("span", { class: "empty", text: q.speaker.reason || "unresolved" }),
      ": “" + q.content.text + "”");
  });
  const timexes = (r.timexes || []).map((t) => el("li", {}, t.text + " → " + (t.value || "unresolved")
    + (t.reason ? " (" + t.reason + ")" : "")));
  const entities = (r.entities || []).map((e) => el("li", {},
    e.label === "GPE" || e.label === "LOC" ? link(timelineHash("place", e.name), e.name) :
      e.label === "PERSON" || e.label === "ORG" || e.label === "ARMED_GROUP" ? link(timelineHash("actor", e.name), e.name) : e.name,
    " (" + e.label + ")"));
  const events = (r.events || []).map((ev) => el("li", {}, ev.type + ": " + ev.trigger.text + (ev.date ? " — " + ev.date : "")));
  const furniture = (r.furniture || []).map((f) => el("li", {}, el("span", { class: "kind", text: f.kind }), f.text));
  const dups = data.duplicates.map((d) => el("li", {}, link(articleHash(d.id), d.site || d.url || d.id),
    " (similarity " + (d.similarity || 0).toFixed(2) + ")"));
  const published = meta.published.value ? "published " + meta.published.value : "publication date unknown: " + (meta.published.reason || "no evidence");
  show(
    el("h2", { text: meta.title || "(no title)" }),
    el("div", { class: "meta" }, [meta.site, (meta.authors || []).join(", "), published].filter(Boolean).join(" · ")),
    ...pageFacts(r),
    data.duplicate_of ? el("p", {}, "Duplicate of ", link(articleHash(data.duplicate_of), data.duplicate_of)) : null,
    data.story_id ? el("p", { class: "meta" }, "Story: ", link("#/story/" + encodeURIComponent(data.story_id), data.story_id)) : null,
    el("p", { class: "legend meta" }, el("span", { class: "ann-quote", text: "quote" }), el("span", { class: "ann-timex", text: "date" }),
      el("span", { class: "ann-entity", text: "entity" }), el("span", { class: "ann-event", text: "event" })),
    el("div", { class: "article" },
      highlighted(r.text, annotations(r)),
      el("aside", {}, panel("Quotes", quotes), panel("Dates", timexes), panel("Events", events),
        panel("Entities", entities), panel("Duplicates", dups),
        el("section", { class: "furniture" }, el("h3", { text: "Page furniture (not the article)" }),
          furniture.length ? el("ul", {}, ...furniture) : empty("none")))));
}

// --- speakers, events, timelines, stories, map ---------------------------------------------------

async function speakersView() {
  const rows = await api("speakers");
  show(el("h2", { text: "Speakers" }), rows.length ? el("table", {},
    el("tr", {}, el("th", { text: "speaker" }), el("th", { text: "quotes" }), el("th", { text: "articles" })),
    ...rows.map((s) => el("tr", {}, el("td", {}, link(speakerHash(s.speaker), s.speaker)), el("td", { text: s.quotes }), el("td", { text: s.articles }))))
    : empty("No quotes stored."));
}

async function speakerView(name) {
  const rows = await api("quotes", { speaker: name, limit: 500 });
  show(el("h2", { text: name }), el("p", { class: "meta" }, rows.length + " quotes · ", link(timelineHash("actor", name), "timeline")),
    ...rows.map((q) => el("div", { class: "result" }, el("blockquote", { text: "“" + q.content + "”" }),
      el("div", { class: "meta" }, link(articleHash(q.document_id), q.title || q.document_id),
        " · " + [q.site, q.published].filter(Boolean).join(" · ")))));
}

function eventItem(e) {
  const head = el("div", {}, el("span", { class: "date", text: e.date || "undated" }), " ", e.type,
    e.place ? " in " : "", e.place ? link(timelineHash("place", e.place), e.place) : "",
    e.actors.length ? " — " : "", ...e.actors.flatMap((a, i) => [i ? ", " : "", link(timelineHash("actor", a), a)]),
    " ", el("span", { class: "corroboration", title: "independent sources", text: e.corroboration + " source" + (e.corroboration === 1 ? "" : "s") }));
  const contradictions = e.contradictions.map((c) => el("div", { class: "contradiction", text: "Sources disagree on " + c.field + ": " + c.values.join(" / ") }));
  const mentions = el("ul", { class: "mentions" }, ...(e.mentions_list || []).map((m) => el("li", {},
    link(articleHash(m.document_id), m.site || m.title || m.document_id), (m.duplicate_of ? " (duplicate)" : "") + ": " + (m.sentence || m.trigger))));
  return el("li", { class: "event" }, head, ...contradictions, mentions);
}

async function eventsView(params) {
  const rows = await api("events", params);
  show(el("h2", { text: "Events across sources" }), rows.length ? el("ul", { class: "timeline" }, ...rows.map(eventItem)) : empty("No events stored."));
}

async function timelineView(params) {
  const which = params.place ? "place" : "actor";
  const rows = await api("timeline", params);
  show(el("h2", { text: "Timeline of " + (params.place || params.actor) + " (" + which + ")" }),
    rows.length ? el("ul", { class: "timeline" }, ...rows.map(eventItem)) : empty("No dated events."));
}

async function storiesView() {
  const rows = await api("stories");
  show(el("h2", { text: "Stories" }), ...rows.map((s) => el("div", { class: "result" },
    link("#/story/" + encodeURIComponent(s.story_id), "Story " + s.story_id),
    el("div", { class: "meta", text: s.articles + " articles, " + s.originals + " original · " + [s.first, s.last].filter(Boolean).join(" → ") }))));
}

async function storyView(id) {
  const data = await api("stories/" + encodeURIComponent(id));
  show(el("h2", { text: "Story " + id }), ...data.articles.map((a) =>
    el("div", { class: "result" }, link(articleHash(a.id), a.title || a.id), articleMeta(a))));
}

// The map: Leaflet with no tile layer (no network), Natural Earth's 1:110m country outlines (world-atlas,
// drawn from TopoJSON with topojson-client) under the geocoded events (red) and the places the articles
// name (blue), each kind clustered (Leaflet.markercluster) so a crowded region stays readable. All are
// served from this package (`make web` copies them from npm). Labels and popups are DOM nodes built with
// textContent, never HTML strings.
const KINDS = {
  event: { label: "Event (geocoded, merged across sources)", size: (p) => 10 + Math.min(p.corroboration || 1, 6) * 2 },
  place: { label: "Place named in the articles", size: (p) => 8 + Math.min(Math.log2(1 + (p.articles || 1)), 6) * 2 },
};

function pin(kind, point, title, body) {
  const size = KINDS[kind].size(point);
  const marker = L.marker([point.lat, point.lon], {
    icon: L.divIcon({ className: "pin pin-" + kind, iconSize: [size, size] }), title, alt: title,
  });
  marker.kind = kind;
  marker.bindPopup(body);
  return marker;
}

function clusters(kind) {
  return L.markerClusterGroup({
    showCoverageOnHover: false, maxClusterRadius: (zoom) => (zoom <= 2 ? 60 : 40),  // wider at world scale
    iconCreateFunction: (cluster) => {
      const count = cluster.getChildCount();
      const size = 22 + Math.min(Math.round(Math.log2(count) * 5), 24);
      const icon = L.divIcon({ className: "cluster cluster-" + kind, iconSize: [size, size] });
      icon.createIcon = function () {  // the count as text, not as an HTML string
        const node = L.DivIcon.prototype.createIcon.call(this);
        node.replaceChildren(el("span", { text: String(count) }));
        return node;
      };
      return icon;
    },
  });
}

function legend() {
  const control = L.control({ position: "bottomright" });
  control.onAdd = () => el("div", { class: "map-legend" },
    ...Object.entries(KINDS).map(([kind, k]) => el("div", {}, el("span", { class: "swatch pin-" + kind }), k.label)),
    el("div", {}, el("span", { class: "swatch cluster-sample", text: "5" }), "Cluster: how many are there (click to zoom)"),
    el("div", { class: "meta", text: "Country outlines: Natural Earth 1:110m" }));
  return control;
}

// Natural Earth's rings that cross the antimeridian (Russia's Chukotka, Fiji) jump from +180 to -180 and
// would be drawn as a band across the map: each ring is made continuous past 180 instead. Antarctica circles
// the whole globe and is left out.
function unwrapped(geometry) {
  const ring = (points) => {
    let shift = 0;
    return points.map(([lon, lat], i) => {
      if (i) {
        const previous = points[i - 1][0];
        if (lon - previous > 180) shift -= 360;
        else if (previous - lon > 180) shift += 360;
      }
      return [lon + shift, lat];
    });
  };
  const polygon = (rings) => rings.map(ring);
  if (geometry.type === "Polygon") return { ...geometry, coordinates: polygon(geometry.coordinates) };
  if (geometry.type === "MultiPolygon") return { ...geometry, coordinates: geometry.coordinates.map(polygon) };
  return geometry;
}

function countries(world) {
  const all = topojson.feature(world, world.objects.countries);
  return { ...all, features: all.features.filter((f) => f.properties.name !== "Antarctica")
    .map((f) => ({ ...f, geometry: unwrapped(f.geometry) })) };
}

async function mapView() {
  if (!window.L || !window.topojson || !L.markerClusterGroup) {
    show(el("h2", { text: "Map" }), empty("The map's libraries are not installed here: run `make web`."));
    return;
  }
  const [events, places, world] = await Promise.all([api("map"), api("map/places"),
    fetch("vendor/countries-110m.json").then((r) => r.json())]);
  const box = el("div", { id: "map", class: "map", role: "region", "aria-label": "map of geocoded events and places" });
  show(el("h2", { text: "Map of events and places" }), box,
    el("p", { class: "meta", text: events.length + " geocoded events, " + places.length + " places" }),
    events.length || places.length ? null : empty("No geocoded events or places."));
  const map = L.map(box, { worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5 }).setView([20, 10], 1.5);
  L.geoJSON(countries(world), {
    interactive: false,
    style: () => ({ className: "country", color: "#8aa3b8", weight: 0.8, fillColor: "#f4f1e8", fillOpacity: 1 }),
  }).addTo(map);
  const placeLayer = clusters("place");
  for (const p of places) {
    placeLayer.addLayer(pin("place", p, p.name, el("div", {}, el("strong", { text: p.name }),
      el("div", { class: "meta", text: (p.country || "") + " · named in " + p.articles + " article(s)" }),
      link(timelineHash("place", p.name), "events at this place"))));
  }
  const eventLayer = clusters("event");
  for (const e of events) {
    const title = e.type + " in " + (e.place || "?") + (e.date ? " on " + e.date : "");
    eventLayer.addLayer(pin("event", e, title, el("div", {}, el("strong", { text: title }),
      el("div", { class: "meta", text: e.corroboration + " source(s)" }),
      link(timelineHash("place", e.place || ""), "timeline of this place"))));
  }
  map.addLayer(placeLayer);
  map.addLayer(eventLayer);
  legend().addTo(map);
  const points = [...events, ...places].map((p) => [p.lat, p.lon]);
  if (points.length) map.fitBounds(L.latLngBounds(points).pad(0.3), { maxZoom: 5 });
  L.control.layers(null, { "Events": eventLayer, "Places": placeLayer }, { collapsed: false }).addTo(map);
}

// --- routing -------------------------------------------------------------------------------------

async function route() {
  const [path, query] = location.hash.slice(1).split("?");
  const params = Object.fromEntries(new URLSearchParams(query || ""));
  const parts = (path || "/").split("/").filter(Boolean).map(decodeURIComponent);
  try {
    if (parts[0] === "article") await articleView(parts[1]);
    else if (parts[0] === "speakers") await speakersView();
    else if (parts[0] === "speaker") await speakerView(parts[1]);
    else if (parts[0] === "events") await eventsView(params);
    else if (parts[0] === "timeline") await timelineView(params);
    else if (parts[0] === "stories") await storiesView();
    else if (parts[0] === "story") await storyView(parts[1]);
    else if (parts[0] === "map") await mapView();
    else await searchView(params.q || "");
    view.dataset.ready = location.hash;
  } catch (error) {
    show(el("p", { class: "empty", text: "Could not load: " + error.message }));
  }
}

document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  location.hash = "#/search?q=" + encodeURIComponent(document.getElementById("q").value);
});
window.addEventListener("hashchange", route);
route();
