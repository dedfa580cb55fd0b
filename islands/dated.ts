/**
 * Keeps time-bound wording right on the day a page is read, not only on the day it was built:
 * - [data-timed] groups hold one variant per period (data-from = first day, UTC); the one for today shows;
 * - [data-days-to] counts whole days to (or since) its date;
 * - [data-today-marker] on a timeline moves before the first event after today.
 * The server already rendered the build day's state, so without this script the page reads "as of" its build.
 *
 * The script tag is async and React hoists it into <head>, so it can run while the page below is still
 * arriving: it waits until the whole document is parsed, or on a slow connection the elements after the
 * point the parser had reached kept the build day's wording.
 */
const today = new Date().toISOString().slice(0, 10);
const dayMs = 86_400_000;
const days = (iso: string) =>
  Math.round(Math.abs(Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / dayMs);

function showToday() {
  for (const group of document.querySelectorAll<HTMLElement>("[data-timed]")) {
    const variants = [...group.children].filter(
      (c): c is HTMLElement => c instanceof HTMLElement && c.tagName === "SPAN",
    );
    let pick = variants[0];
    for (const v of variants) if (!v.dataset.from || v.dataset.from <= today) pick = v;
    for (const v of variants) {
      v.hidden = v !== pick;
      v.toggleAttribute("data-pagefind-ignore", v !== pick);
    }
  }

  for (const el of document.querySelectorAll<HTMLElement>("[data-days-to]")) {
    const n = days(el.dataset.daysTo ?? today);
    el.textContent = `${n} day${n === 1 ? "" : "s"}`;
  }

  const marker = document.querySelector<HTMLElement>("[data-today-marker]");
  if (marker?.parentElement) {
    const next = [...document.querySelectorAll<HTMLElement>("[data-event-date]")].find(
      (e) => (e.dataset.eventDate ?? "") > today,
    );
    const time = marker.querySelector("time");
    if (time && marker.dataset.todayMarker !== today) {
      time.dateTime = today;
      time.textContent = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(
        new Date(`${today}T00:00:00Z`),
      );
      const note = marker.querySelector<HTMLElement>("[data-today-note]");
      if (note) note.textContent = next ? ", today. Events below are still ahead." : ", today.";
    }
    if (next) next.before(marker);
    else marker.parentElement.append(marker);
  }
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", showToday, { once: true });
else showToday();
