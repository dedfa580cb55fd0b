/** Changes to the published formats (JSON API, Markdown twins, feeds, calendars, badges), newest first. */
export const API_CHANGELOG = [
  {
    version: "v1",
    date: "2026-11-29",
    changes: [
      "First version: names, one document per name, guides, routes and prices, each with a JSON Schema.",
      "Markdown twins of every guide and name page, llms.txt and llms-full.txt.",
      "An Atom feed and an iCalendar file per name, a calendar of every shutdown, and status badges.",
    ],
  },
] as const;
