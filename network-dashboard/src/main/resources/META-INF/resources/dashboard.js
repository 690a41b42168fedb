// The network dashboard page: follows /api/stream (a snapshot, then deltas) and draws the aggregates.
// EventSource reconnects by itself and sends Last-Event-ID, so the server replays what was missed.
"use strict";

const FEED_SIZE = 30;
let state = null;
let pipelineChart = null;
let timelineChart = null;

function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
}

function link(href, text) {
    const a = el("a", null, text);
    if (/^https?:\/\//.test(href)) a.href = href;
    a.target = "_blank";
    a.rel = "noopener";
    return a;
}

function replaceChildren(parent, children) {
    parent.replaceChildren(...children);
}

function renderCounters(counters) {
    for (const [name, value] of Object.entries(counters)) {
        const node = document.getElementById("counter-" + name);
        if (!node || node.textContent === String(value)) continue;
        node.textContent = String(value);
        node.classList.add("changed");
        setTimeout(() => node.classList.remove("changed"), 2000);
    }
}

function chips(id, counts) {
    replaceChildren(document.getElementById(id),
        Object.entries(counts).map(([name, count]) => el("li", null, name.replaceAll("_", " ").toLowerCase() + " " + count)));
}

function bars(id, counts) {
    const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const max = Math.max(1, ...entries.map(e => e[1]));
    replaceChildren(document.getElementById(id), entries.map(([name, count]) => {
        const li = el("li");
        li.dataset.key = name;
        const bar = el("span", "bar");
        bar.style.width = (100 * count / max) + "%";
        li.append(el("span", "name", name.replaceAll("_", " ")), el("span", "track"), el("span", "count", count));
        li.children[1].append(bar);
        return li;
    }));
}

function renderPipeline(areas) {
    chips("area-themes", areas.byTheme);
    if (!window.Chart) return;
    const labels = Object.keys(areas.byStatus);
    const data = Object.values(areas.byStatus);
    if (!pipelineChart) {
        pipelineChart = new Chart(document.getElementById("pipeline-chart"), {
            type: "bar",
            data: { labels, datasets: [{ label: "collaboration areas", data, backgroundColor: "#1565c0" }] },
            options: { indexAxis: "y", maintainAspectRatio: false, animation: { duration: 300 },
                plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } }
        });
    } else {
        pipelineChart.data.labels = labels;
        pipelineChart.data.datasets[0].data = data;
        pipelineChart.update();
    }
}

function renderTimeline(events) {
    replaceChildren(document.getElementById("months"), events.perMonth.map(m => {
        const tr = el("tr");
        tr.dataset.month = m.month;
        tr.append(el("td", "month", m.month), el("td", "events", m.events), el("td", "attendees", m.attendees));
        return tr;
    }));
    chips("event-types", events.byType);
    if (!window.Chart) return;
    const labels = events.perMonth.map(m => m.month);
    const datasets = [
        { type: "bar", label: "events", data: events.perMonth.map(m => m.events), backgroundColor: "#90caf9", yAxisID: "events" },
        { type: "line", label: "attendees", data: events.perMonth.map(m => m.attendees), borderColor: "#1565c0", yAxisID: "attendees" }
    ];
    if (!timelineChart) {
        timelineChart = new Chart(document.getElementById("timeline-chart"), {
            data: { labels, datasets },
            options: { maintainAspectRatio: false, animation: { duration: 300 },
                scales: { events: { position: "left", beginAtZero: true, ticks: { precision: 0 } },
                          attendees: { position: "right", beginAtZero: true, grid: { drawOnChartArea: false } } } }
        });
    } else {
        timelineChart.data.labels = labels;
        timelineChart.data.datasets.forEach((d, i) => d.data = datasets[i].data);
        timelineChart.update();
    }
}

function renderOverdue(overdue) {
    const items = overdue.map(a => {
        const li = el("li");
        li.append(el("span", "when", a.dueDate), el("span", "what", a.title), el("span", "kind", a.areaTitle));
        const links = el("span", "links");
        links.append(link(a.href, "JSON"));
        li.append(links);
        return li;
    });
    replaceChildren(document.getElementById("overdue"), items.length ? items : [el("li", "empty", "none")]);
}

function activityItem(change, fresh) {
    const li = el("li", fresh ? "fresh" : null);
    li.dataset.eventId = change.eventId;
    li.append(el("span", "when", new Date(change.time).toLocaleString()),
        el("span", "what", change.label),
        el("span", "kind", change.resource.replaceAll("-", " ") + " " + change.action + ", version " + change.version));
    const links = el("span", "links");
    links.append(link(change.href, "JSON"), link(change.swaggerUi, "Swagger UI"));
    li.append(links);
    return li;
}

function renderActivity(changes, freshId) {
    replaceChildren(document.getElementById("activity"), changes.map(c => activityItem(c, c.eventId === freshId)));
}

function renderConsumption(consumption) {
    document.getElementById("consumption").textContent = consumption.appliedChanges + " changes applied, "
        + consumption.skippedRecords + " unreadable records skipped";
}

function renderAll(freshId) {
    renderCounters(state.counters);
    renderPipeline(state.collaborationAreas);
    renderTimeline(state.events);
    bars("countries", state.partners.byCountry);
    bars("partner-types", state.partners.byType);
    renderOverdue(state.overdueActions);
    renderActivity(state.latestChanges, freshId);
    renderConsumption(state.consumption);
}

function applyDelta(delta) {
    for (const part of ["counters", "partners", "events", "collaborationAreas", "overdueActions", "consumption"]) {
        if (delta[part] !== undefined) state[part] = delta[part];
    }
    state.latestChanges = [delta.change, ...state.latestChanges.filter(c => c.eventId !== delta.change.eventId)]
        .slice(0, FEED_SIZE);
    state.position = delta.position;
    renderAll(delta.change.eventId);
}

function setStatus(name, text) {
    const status = document.getElementById("status");
    status.dataset.state = name;
    status.textContent = text;
}

function connect() {
    const source = new EventSource("/api/stream");
    source.addEventListener("snapshot", e => {
        state = JSON.parse(e.data);
        renderAll(null);
        setStatus("live", "live");
    });
    source.addEventListener("delta", e => {
        if (state) applyDelta(JSON.parse(e.data));
    });
    source.onopen = () => setStatus("live", "live");
    source.onerror = () => setStatus("offline", "reconnecting\u2026");
}

connect();
