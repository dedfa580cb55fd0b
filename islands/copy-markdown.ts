/**
 * "Copy as Markdown" on guide and name pages. The server renders a plain link to the page's Markdown
 * twin, which works without JavaScript; this script reveals a button beside it that copies the twin to
 * the clipboard and says so in a live region. The text is fetched inside the ClipboardItem promise, so
 * Safari still counts the copy as part of the click.
 */
for (const box of document.querySelectorAll<HTMLElement>("[data-copy-markdown]")) {
  const link = box.querySelector<HTMLAnchorElement>("a[href$='.md']");
  const button = box.querySelector<HTMLButtonElement>("button");
  const status = box.querySelector<HTMLElement>("[role=status]");
  if (!link || !button || !status) continue;
  const markdown = () =>
    fetch(link.href).then((r) => {
      if (!r.ok) throw new Error(`${r.status}`);
      return r.text();
    });
  const copy = async () => {
    if (typeof ClipboardItem !== "undefined" && navigator.clipboard.write) {
      const blob = markdown().then((t) => new Blob([t], { type: "text/plain" }));
      await navigator.clipboard.write([new ClipboardItem({ "text/plain": blob })]);
    } else {
      await navigator.clipboard.writeText(await markdown());
    }
  };
  button.hidden = false;
  button.addEventListener("click", () => {
    status.textContent = "";
    copy().then(
      () => (status.textContent = "Copied the page as Markdown."),
      () => (status.textContent = "Could not copy. Open the Markdown version instead."),
    );
  });
}
