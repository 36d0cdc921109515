// Keeps lists live without a page reload, so filters, paging and scroll position survive: the element marked
// data-live is replaced by the same element from a fresh copy of the page (server-rendered and escaped there).
(() => {
  const live = document.querySelector("[data-live]");
  const seconds = live ? Number(live.dataset.live) : 0;
  if (!live || !(seconds > 0)) {
    return;
  }

  const toggle = document.getElementById("live-toggle");
  const stamp = document.getElementById("live-stamp");
  let paused = false;
  toggle?.addEventListener("click", () => {
    paused = !paused;
    toggle.textContent = paused ? "Resume auto-refresh" : "Pause auto-refresh";
  });

  async function refresh() {
    if (paused || document.hidden) {
      return;
    }

    try {
      const response = await fetch(location.href, { credentials: "same-origin", headers: { Accept: "text/html" } });
      if (!response.ok) {
        stamp.textContent = `refresh failed (HTTP ${response.status})`;
        return;
      }

      const fresh = new DOMParser().parseFromString(await response.text(), "text/html").querySelector("[data-live]");
      if (fresh) {
        live.replaceChildren(...Array.from(fresh.childNodes, node => document.importNode(node, true)));
        stamp.textContent = `updated ${new Date().toLocaleTimeString()}`;
      }
    } catch {
      stamp.textContent = "refresh failed (offline?)";
    }
  }

  setInterval(refresh, seconds * 1000);
})();
