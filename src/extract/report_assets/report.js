/* extract audit report. Renders the JSON in #report-data page by page.
   Article text is hostile: every string reaches the page through textContent or
   setAttribute, never innerHTML. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var records = data.records;
  var labels = {};
  data.legend.forEach(function (l) { labels[l.c] = l.label; });
  var state = { unresolved: false, counts: false, unreviewed: false, changed: false,
                event: "", q: "", page: 0, size: 25 };
  var selected = null;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) if (arguments[i]) parent.appendChild(arguments[i]);
    return parent;
  }
  function pct(x) { return (100 * x).toFixed(0) + "%"; }

  /* ---- highlighted text: every span one .hl element, nested where spans nest ---- */
  function renderText(rec) {
    var text = rec.text, spans = rec.spans.slice();
    if (rec.hl > 0) spans.push({ s: 0, e: rec.hl, c: "headline", structural: true });
    var order = spans.map(function (_, i) { return i; });
    order.sort(function (a, b) {
      var x = spans[a], y = spans[b];
      if (x.structural !== y.structural) return x.structural ? -1 : 1;
      return x.s - y.s || y.e - x.e || a - b;
    });
    var bounds = {};
    spans.forEach(function (sp) { bounds[sp.s] = 1; bounds[sp.e] = 1; });
    bounds[text.length] = 1;
    var points = Object.keys(bounds).map(Number).sort(function (a, b) { return a - b; });
    var root = document.createDocumentFragment();
    var stack = [];  // open {i, node}
    var pos = 0, k = 0;
    function top() { return stack.length ? stack[stack.length - 1].node : root; }
    function open(i, first) {
      var sp = spans[i], node;
      if (sp.structural) {
        node = el("span", "headline");
      } else {
        node = el("span", (first ? "hl" : "hl-cont") + " f-" + sp.c);
        node.setAttribute("title", sp.t);
        node.setAttribute("data-path", sp.p);
        node.setAttribute("data-record", rec.id);
        node.tabIndex = first ? 0 : -1;
        node.addEventListener("click", function (ev) {
          ev.stopPropagation();
          showPanel(rec, sp, node);
        });
        node.addEventListener("keydown", function (ev) {
          if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); node.click(); }
        });
      }
      top().appendChild(node);
      stack.push({ i: i, node: node });
    }
    points.forEach(function (b) {
      if (b > pos && pos === rec.hl && rec.hl > 0) {
        // the blank line between headline and body: kept in the DOM, drawn as a block break
        var gap = /^\s*/.exec(text.slice(pos, b))[0];
        if (gap) { top().appendChild(el("span", "sep", gap)); pos += gap.length; }
      }
      if (b > pos) { top().appendChild(document.createTextNode(text.slice(pos, b))); pos = b; }
      // close the spans ending here; spans crossing them reopen as continuations
      while (stack.some(function (o) { return spans[o.i].e <= b; })) {
        var reopen = [];
        while (stack.length) {
          var o = stack.pop();
          if (spans[o.i].e > b) reopen.unshift(o.i); else break;
        }
        reopen.forEach(function (i) { open(i, false); });
      }
      while (k < order.length && spans[order[k]].s === b) {
        open(order[k], true);
        if (spans[order[k]].e <= b) stack.pop();  // empty span: open and close at once
        k++;
      }
    });
    padNested(root);
    var box = el("div", "text");
    box.appendChild(root);
    return box;
  }

  // Outer highlights get deeper underlines so nested ones all stay visible.
  function padNested(node) {
    var h = 0;
    for (var c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) h = Math.max(h, padNested(c));
    }
    if (node.nodeType === 1 && node.className.indexOf("f-") >= 0) {
      node.style.paddingBottom = (2 + 4 * h) + "px";
      return h + 1;
    }
    return h;
  }

  /* ---- side panel ---- */
  var panel = el("aside", "panel");
  panel.id = "panel";
  function panelEmpty() {
    panel.textContent = "";
    add(panel, el("h2", null, "Details"),
        el("p", "muted", "Click a highlight to see its normalised value and how it was obtained."));
  }
  function showPanel(rec, sp, node) {
    if (selected) selected.classList.remove("sel");
    selected = node;
    node.classList.add("sel");
    panel.textContent = "";
    var head = add(el("h2"), el("span", "sw f-" + sp.c), document.createTextNode(labels[sp.c]));
    var quote = el("blockquote", "quote", rec.text.slice(sp.s, sp.e));
    var where = el("p", "muted", rec.doc + " · item " + rec.i + " · " + sp.p +
                   " · chars " + sp.s + "–" + sp.e);
    var dl = el("dl", "details");
    sp.d.forEach(function (row) { add(dl, el("dt", null, row[0]), el("dd", null, row[1])); });
    add(panel, head, quote, dl, where);
    if (sp.r.length) {
      add(panel, el("h3", null, "Reviewed"));
      var t = el("table", "changes");
      add(t, add(el("tr"), el("th", null, "field"), el("th", null, "machine"),
                 el("th", null, "reviewed")));
      sp.r.forEach(function (c) {
        add(t, add(el("tr"), el("td", null, c[0]), el("td", "old", c[1]), el("td", "new", c[2])));
      });
      add(panel, t);
    }
    var others = rec.spans.filter(function (o) { return o !== sp && o.s < sp.e && o.e > sp.s; });
    if (others.length) {
      add(panel, el("h3", null, "Overlapping spans"));
      var ul = el("ul", "others");
      others.forEach(function (o) {
        var b = add(el("button", "link"), el("span", "sw f-" + o.c),
                    document.createTextNode(o.t));
        b.addEventListener("click", function () {
          var target = document.querySelector('.hl[data-record="' + rec.id + '"][data-path="' +
                                              o.p + '"]');
          if (target) showPanel(rec, o, target);
        });
        add(ul, add(el("li"), b));
      });
      add(panel, ul);
    }
  }

  /* ---- summary ---- */
  function stat(label, value, cls) {
    return add(el("div", "stat " + (cls || "")), el("div", "num", value), el("div", "lbl", label));
  }
  function renderSummary() {
    var s = data.summary, box = el("section", "summary");
    var stats = add(el("div", "stats"),
      stat("documents", s.documents_read),
      stat("records", s.records),
      stat("rejected inputs", s.documents_rejected, s.documents_rejected ? "warn" : ""),
      stat("highlighted spans", s.spans_total),
      stat("unresolved dates", s.unresolved_dates, s.unresolved_dates ? "warn" : ""),
      stat("reviewed", s.records - s.reviews.unreviewed));
    add(box, stats);
    var cols = el("div", "cols");
    var cov = add(el("div", "card"), el("h3", null, "Coverage (records with ≥ 1 value)"));
    var table = el("table", "coverage");
    s.coverage.forEach(function (c) {
      var bar = el("div", "bar");
      bar.style.width = pct(c.share);
      add(table, add(el("tr"), el("td", null, c.field),
                     add(el("td", "barcell"), bar),
                     el("td", "num", pct(c.share) + " (" + c.records + ")")));
    });
    add(cov, table);
    var rev = add(el("div", "card"), el("h3", null, "Reviews"));
    add(rev, el("p", null, s.reviews.accepted + " accepted · " + s.reviews.rejected +
                " rejected · " + s.reviews.edited + " edited · " + s.reviews.unreviewed +
                " not reviewed"));
    if (data.unsettled_reviews.length) {
      add(rev, el("p", "warn", data.unsettled_reviews.length +
                  " review(s) not applied (kept in reviews.jsonl):"));
      var ul = el("ul", "compact");
      data.unsettled_reviews.forEach(function (r) {
        add(ul, el("li", null, "line " + r.line + ": " + r.record_id + " " + r.action +
                   (r.field ? " " + r.field + "=" + JSON.stringify(r.value) : "") + " by " +
                   r.reviewer + " — " + r.status + ": " + r.reason));
      });
      add(rev, ul);
    }
    var un = add(el("div", "card"), el("h3", null, "Unresolved dates"));
    add(un, el("p", null, s.unresolved_dates + " date span(s) with no value in " +
               s.records_with_unresolved + " record(s)"));
    var ulr = el("ul", "compact");
    s.unresolved_reasons.forEach(function (r) { add(ulr, el("li", null, r[1] + " × " + r[0])); });
    add(un, ulr);
    var rej = add(el("div", "card"), el("h3", null, "Rejected inputs"));
    if (!s.rejected.length) add(rej, el("p", "muted", "none"));
    var ulj = el("ul", "compact");
    s.rejected.forEach(function (r) {
      add(ulj, add(el("li"), el("code", null, r.path + (r.line ? ":" + r.line : "")),
                   document.createTextNode(" — " + r.reason)));
    });
    add(rej, ulj);
    add(cols, cov, un, rev, rej);
    add(box, cols);
    if (data.diff) add(box, renderDiff(data.diff));
    return box;
  }

  function renderDiff(d) {
    var card = add(el("details", "card diff"),
                   el("summary", null, "Changes since " + data.old_dir + ": " + d.summary));
    var ul = el("ul", "compact mono");
    d.added.forEach(function (r) {
      add(ul, el("li", "added", "+ " + r.record_id + " " + r.doc_id + " #" + r.item_index));
    });
    d.removed.forEach(function (r) {
      add(ul, el("li", "removed", "− " + r.record_id + " " + r.doc_id + " #" + r.item_index +
                 " " + (r.headline || "")));
    });
    d.changed.forEach(function (r) {
      add(ul, el("li", null, "~ " + r.record_id + " " + r.doc_id + " #" + r.item_index +
                 ": " + r.changes.length + " value(s)"));
    });
    add(card, ul);
    return card;
  }

  /* ---- toolbar: legend, filters, pager ---- */
  function matches(rec) {
    if (state.unresolved && !rec.unresolved) return false;
    if (state.counts && !rec.counts) return false;
    if (state.unreviewed && rec.review) return false;
    if (state.changed && !(rec.diff && rec.diff.length)) return false;
    if (state.event && rec.events.indexOf(state.event) < 0) return false;
    if (state.q) {
      var q = state.q.toLowerCase();
      if ((rec.text + " " + rec.id + " " + rec.doc).toLowerCase().indexOf(q) < 0) return false;
    }
    return true;
  }
  function checkbox(key, label, id) {
    var box = el("input");
    box.type = "checkbox";
    box.id = id;
    box.addEventListener("change", function () { state[key] = box.checked; state.page = 0; draw(); });
    var lab = el("label", "filter", null);
    add(lab, box, document.createTextNode(" " + label));
    return lab;
  }
  function renderToolbar() {
    var bar = el("div", "toolbar");
    var legend = el("div", "legend");
    data.legend.forEach(function (l) {
      var b = add(el("button", "chip", null), el("span", "sw f-" + l.c),
                  document.createTextNode(l.label + " " + data.summary.spans[l.c]));
      b.setAttribute("title", "show / hide " + l.label.toLowerCase() + " highlights");
      b.addEventListener("click", function () {
        document.body.classList.toggle("hide-" + l.c);
        b.classList.toggle("off");
      });
      add(legend, b);
    });
    var filters = el("div", "filters");
    add(filters, checkbox("unresolved", "unresolved dates", "f-unresolved"),
        checkbox("counts", "with counts", "f-counts"),
        checkbox("unreviewed", "not yet reviewed", "f-unreviewed"));
    if (data.diff) add(filters, checkbox("changed", "changed since old run", "f-changed"));
    var events = {};
    records.forEach(function (r) { r.events.forEach(function (e) { events[e] = (events[e] || 0) + 1; }); });
    var sel = el("select");
    sel.id = "f-event";
    add(sel, el("option", null, "any event type"));
    sel.firstChild.value = "";
    Object.keys(events).sort().forEach(function (e) {
      var o = el("option", null, e + " (" + events[e] + ")");
      o.value = e;
      add(sel, o);
    });
    sel.addEventListener("change", function () { state.event = sel.value; state.page = 0; draw(); });
    var search = el("input");
    search.type = "search";
    search.id = "f-search";
    search.placeholder = "search text or record id";
    search.addEventListener("input", function () { state.q = search.value; state.page = 0; draw(); });
    add(filters, sel, search);
    add(bar, legend, filters, pager);
    return bar;
  }
  var pager = el("div", "pager");
  function renderPager(total) {
    pager.textContent = "";
    var pages = Math.max(1, Math.ceil(total / state.size));
    var first = total ? state.page * state.size + 1 : 0;
    var last = Math.min(total, (state.page + 1) * state.size);
    var prev = el("button", null, "‹ prev"), next = el("button", null, "next ›");
    prev.disabled = state.page === 0;
    next.disabled = state.page >= pages - 1;
    prev.addEventListener("click", function () { state.page--; draw(); });
    next.addEventListener("click", function () { state.page++; draw(); });
    var size = el("select");
    [10, 25, 50, 100].forEach(function (n) {
      var o = el("option", null, n + " per page");
      o.value = String(n);
      if (n === state.size) o.selected = true;
      add(size, o);
    });
    size.addEventListener("change", function () { state.size = Number(size.value); state.page = 0; draw(); });
    add(pager, prev, el("span", "pos", "items " + first + "–" + last + " of " + total +
        (total !== records.length ? " (filtered from " + records.length + ")" : "") +
        " · page " + (state.page + 1) + "/" + pages), next, size);
  }

  /* ---- items ---- */
  function badge(text, cls) { return el("span", "badge " + cls, text); }
  function renderItem(rec) {
    var card = el("article", "item");
    card.id = "r-" + rec.id;
    var head = add(el("div", "item-head"), el("span", "idx", "item " + rec.i),
                   el("code", "rid", rec.id));
    var st = rec.review ? rec.review.status : "unreviewed";
    add(head, badge(st, "rv-" + st));
    if (rec.unresolved) add(head, badge(rec.unresolved + " unresolved date(s)", "warn"));
    if (rec.diff && rec.diff.length) add(head, badge("changed", "chg"));
    add(card, head, renderText(rec));
    if (rec.events.length) {
      var ev = add(el("div", "meta"), el("span", "muted", "event types: "));
      rec.events.forEach(function (e) { add(ev, el("span", "tag", e)); });
      add(card, ev);
    }
    if (rec.review) {
      var rv = add(el("div", "meta review"),
                   el("span", null, rec.review.status + " by " + rec.review.reviewer +
                      (rec.review.note ? " — “" + rec.review.note + "”" : "")));
      rec.review.changes.forEach(function (c) {
        add(rv, el("div", "mono", c.field + ": machine " + JSON.stringify(c.machine_value) +
                   " → reviewed " + JSON.stringify(c.reviewed_value)));
      });
      add(card, rv);
    }
    if (rec.diff && rec.diff.length) {
      var dv = add(el("div", "meta diffbox"), el("span", "muted", "since " + data.old_dir + ":"));
      rec.diff.forEach(function (line) { add(dv, el("div", "mono", line)); });
      add(card, dv);
    }
    return card;
  }

  var list = el("div", "items");
  list.id = "items";
  function draw() {
    var shown = records.filter(matches);
    var pages = Math.max(1, Math.ceil(shown.length / state.size));
    state.page = Math.min(state.page, pages - 1);
    renderPager(shown.length);
    list.textContent = "";
    var lastDoc = null;
    shown.slice(state.page * state.size, (state.page + 1) * state.size).forEach(function (rec) {
      if (rec.doc !== lastDoc) {
        add(list, add(el("h2", "doc"), el("span", "muted", "document "), el("span", null, rec.doc)));
        lastDoc = rec.doc;
      }
      add(list, renderItem(rec));
    });
    if (!shown.length) add(list, el("p", "muted empty", "No item matches these filters."));
  }

  var app = document.getElementById("app");
  app.textContent = "";
  var header = add(el("header", "top"), el("h1", null, data.title),
                   el("p", "muted", "Every extracted value highlighted on the text it came from. " +
                      "Hover a highlight for its value, click it for details."));
  var main = add(el("div", "main"), list, panel);
  add(app, header, renderSummary(), renderToolbar(), main);
  panelEmpty();
  draw();
  window.__reportReady = true;
})();
