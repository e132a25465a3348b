// folio serve: reloads the page after each good build, swaps only the stylesheets when only
// they changed, and shows the problems of a failed build over the last good page.
(() => {
  "use strict";
  const BOX = "folio-problems";
  let site = null;

  const events = new EventSource("/__folio/events");

  events.addEventListener("hello", (e) => {
    const id = JSON.parse(e.data).id;
    if (site !== null && id !== site) {
      location.reload(); // built again while we were away
      return;
    }
    site = id;
    hide();
  });

  events.addEventListener("reload", () => location.reload());

  events.addEventListener("css", (e) => {
    site = JSON.parse(e.data).id;
    for (const link of document.querySelectorAll('link[rel~="stylesheet"][href]')) {
      const url = new URL(link.getAttribute("href"), location.href);
      if (url.origin !== location.origin) continue;
      url.searchParams.set("folio", Date.now().toString(36));
      const next = link.cloneNode();
      next.href = url.pathname + url.search;
      next.addEventListener("load", () => link.remove(), { once: true });
      next.addEventListener("error", () => link.remove(), { once: true });
      link.after(next);
    }
  });

  events.addEventListener("problems", (e) => show(JSON.parse(e.data)));
  events.addEventListener("fixed", hide);

  function show(report) {
    hide();
    const box = document.createElement("div");
    box.id = BOX;
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;inset:auto 0 0 0;z-index:2147483647;max-height:60vh;overflow:auto;" +
      "margin:0;padding:1rem 1.25rem;background:#2b0d0d;color:#fde8e8;border-top:4px solid #e5484d;" +
      "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;box-shadow:0 -4px 24px #0008";
    const title = document.createElement("strong");
    title.textContent = "folio: " + report.title;
    const list = document.createElement("pre");
    list.style.cssText = "margin:.5rem 0 0;white-space:pre-wrap;font:inherit";
    list.textContent = report.messages.map((m) => "error: " + m).join("\n");
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "×";
    close.title = "Hide until the next build";
    close.style.cssText = "float:right;background:none;border:0;color:inherit;font-size:1.5rem;cursor:pointer";
    close.addEventListener("click", hide);
    box.append(close, title, list);
    document.body.append(box);
  }

  function hide() {
    document.getElementById(BOX)?.remove();
  }
})();
