/** Changes to the published formats (JSON API, Markdown twins, feeds, calendars, badges), newest first. */
export const API_CHANGELOG = [
  {
    version: "v1",
    date: "2026-12-08",
    changes: [
      'Each lifecycle event in the name documents has a dateBasis field: what the date stands in for when it is not the event\'s own day ("an SDK date"), else null. Added, so v1 readers are unaffected.',
      'Calendar events say how their date is known ("Date: secondary sources only.", "Date: partly verified, an SDK date.") and mark a source known only from a quote ("OpenAI, quoted"), as the pages and feeds do.',
    ],
  },
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
