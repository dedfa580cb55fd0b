/** The subscription links a name page and the timeline offer, with what each file holds. */
import type { NameRecord } from "../content/names";

import { apiPaths, FEED_PATH, nameCalendarPath, nameFeedPath, SHUTDOWNS_CALENDAR } from "../urls";

export interface Subscription {
  href: string;
  label: string;
  hint: string;
  type: string;
}

const ATOM = "application/atom+xml";
const ICS = "text/calendar";
const JSON_TYPE = "application/json";

export function nameSubscriptions(name: NameRecord): Subscription[] {
  return [
    { href: nameFeedPath(name.slug), label: "Atom feed", hint: `lifecycle events of ${name.name}`, type: ATOM },
    {
      href: nameCalendarPath(name.slug),
      label: "Calendar (.ics)",
      hint: `every dated event of ${name.name}`,
      type: ICS,
    },
    { href: SHUTDOWNS_CALENDAR, label: "All shutdowns (.ics)", hint: "every shutdown date in the glossary", type: ICS },
    {
      href: apiPaths.name(name.slug),
      label: "JSON",
      hint: "this entry with its raw dates and sources",
      type: JSON_TYPE,
    },
  ];
}

export function timelineSubscriptions(): Subscription[] {
  return [
    {
      href: SHUTDOWNS_CALENDAR,
      label: "All shutdowns (.ics)",
      hint: "every shutdown date, with alarms 30, 7 and 1 days before",
      type: ICS,
    },
    { href: FEED_PATH, label: "Site feed (Atom)", hint: "new guides and every lifecycle event", type: ATOM },
    { href: apiPaths.names, label: "Every name as JSON", hint: "statuses with raw lifecycle dates", type: JSON_TYPE },
  ];
}
