import { fold } from "./spelling";

/** The glossary slug rule: lowercase, every run of characters other than a–z and 0–9 becomes one hyphen. */
export function slugify(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
