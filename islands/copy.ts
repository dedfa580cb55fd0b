/**
 * Copy buttons for code samples: shows each hidden button and copies its <pre>'s text. Without this
 * script the code is plain selectable text. Where the Clipboard API is refused, the code is selected
 * so the reader can copy it with the keyboard.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
  const id = button.dataset.copy ?? "";
  const pre = document.getElementById(id);
  const status = document.querySelector<HTMLElement>(`[data-copy-status="${CSS.escape(id)}"]`);
  if (!pre) continue;
  button.hidden = false;
  button.addEventListener("click", async () => {
    const text = pre.textContent ?? "";
    try {
      await navigator.clipboard.writeText(text);
      if (status) status.textContent = "Copied";
    } catch {
      const range = document.createRange();
      range.selectNodeContents(pre);
      const sel = getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
      if (status) status.textContent = "Selected: press Ctrl+C or ⌘C to copy";
    }
    setTimeout(() => {
      if (status) status.textContent = "";
    }, 4000);
  });
}
