/**
 * The layer map's layout, computed at build time from the glossary's relations (never drawn by hand).
 *
 * Shape: an indented tree on the left (family → model → snapshot, brand → model, surface → tool),
 * one name per row so no line ever crosses a box; ChatGPT feature names in a column on the right,
 * each on the row of its API counterpart; "replaced by" and "points to" run as vertical buses in the
 * gap between the two. Names no line touches are packed side by side at the bottom, reseller ids
 * last. The component turns this into inline SVG.
 */
import type { NameRecord } from "../content/names";
import { LAYER_ORDER } from "./layers";
import type { StatusKind } from "./status";

export const MAP = {
  nodeW: 196,
  appW: 176,
  nodeH: 40,
  rowH: 50,
  groupGap: 14,
  indent: 22,
  pad: 8,
  headerH: 34,
  laneGap: 12,
  slotGap: 12,
  labelH: 22,
} as const;

export interface MapNode {
  slug: string;
  name: string;
  url: string;
  x: number;
  y: number;
  w: number;
  status: StatusKind;
  /** Short status text shown in the box, so status never relies on colour alone. */
  statusLabel: string;
  column: "tree" | "app";
}

export type MapEdgeKind = "parent" | "counterpart" | "replacedBy" | "pointsTo";

export interface MapEdge {
  kind: MapEdgeKind;
  from: string;
  to: string;
  /** SVG path data. */
  d: string;
  /** Junction dots where a stub joins a shared bus. */
  dots: Array<[number, number]>;
}

export interface LayerMapLayout {
  width: number;
  height: number;
  nodes: MapNode[];
  edges: MapEdge[];
  /** Column headings along the top. */
  headers: Array<{ x: number; text: string }>;
  /** Group headings inside the diagram (the packed names at the bottom). */
  labels: Array<{ x: number; y: number; text: string }>;
}

export function mapStatusLabel(n: Pick<NameRecord, "status">): string {
  const s = n.status;
  switch (s.kind) {
    case "current":
      return "Current";
    case "previous":
      return "Previous generation";
    case "upcoming":
      return `Releases ${s.date}`;
    case "shutdown-scheduled":
      return `Shutdown ${s.date}`;
    case "shut-down":
      return `Shut down ${s.date}`;
    case "unverified":
      return "Unverified label";
    case "not-openai":
      return "Not an OpenAI name";
  }
}

const released = (n: NameRecord) => n.lifecycle.released?.date ?? "";
const layerRank = (n: NameRecord) => LAYER_ORDER.indexOf(n.layer);

/** Newest first, then engine layers before app layers, then by name: the order rows appear in. */
function byRecency(a: NameRecord, b: NameRecord): number {
  return released(b).localeCompare(released(a)) || layerRank(a) - layerRank(b) || a.name.localeCompare(b.name);
}

type Placed = { n: NameRecord; depth: number; slot: number };
type Row = { items: Placed[]; group: number; label?: string };

export function layoutLayerMap(names: readonly NameRecord[]): LayerMapLayout {
  const bySlug = new Map(names.map((n) => [n.slug, n]));
  const isApp = (n: NameRecord) => n.layer === "app-feature" && !n.relations.parent;
  const apps = names.filter(isApp);
  const treeNames = names.filter((n) => !isApp(n));
  const children = new Map<string, NameRecord[]>();
  for (const n of treeNames) {
    const p = n.relations.parent;
    if (p && bySlug.has(p)) children.set(p, [...(children.get(p) ?? []), n]);
  }
  // Names a drawn line touches; a root with no children and no line is "loose" and packed at the end.
  const linked = new Set<string>();
  for (const n of names) {
    const ends = [...n.relations.replacedBy, ...(n.relations.pointsTo ? [n.relations.pointsTo] : [])].filter((t) =>
      bySlug.has(t),
    );
    for (const t of ends) linked.add(t).add(n.slug);
    const c = n.relations.apiCounterpart;
    if (c && bySlug.has(c) && (isApp(n) || isApp(bySlug.get(c)!))) linked.add(c).add(n.slug);
  }
  const descendants = (n: NameRecord): number =>
    (children.get(n.slug) ?? []).reduce((sum, c) => sum + 1 + descendants(c), 0);
  // Roots: biggest trees first, so the GPT Image family leads.
  const roots = treeNames
    .filter((n) => !n.relations.parent || !bySlug.has(n.relations.parent))
    .sort(
      (a, b) =>
        Number(a.notOpenAI) - Number(b.notOpenAI) ||
        descendants(b) - descendants(a) ||
        layerRank(a) - layerRank(b) ||
        a.name.localeCompare(b.name),
    );
  const isLoose = (n: NameRecord) => !children.has(n.slug) && !linked.has(n.slug);

  // Rows of the tree, depth-first, one name per row; each root starts a visual group.
  const rows: Row[] = [];
  const visit = (n: NameRecord, depth: number, group: number) => {
    rows.push({ items: [{ n, depth, slot: 0 }], group });
    for (const c of [...(children.get(n.slug) ?? [])].sort(byRecency)) visit(c, depth + 1, group);
  };
  roots.filter((r) => !isLoose(r)).forEach((r, i) => visit(r, 0, i));
  const rowOf = new Map(rows.map((r, i) => [r.items[0]!.n.slug, i]));

  // ChatGPT names sit on the row of their API counterpart; the rest next to a related name.
  const appRows = new Map<string, number>();
  const wanted = (n: NameRecord): number | undefined => {
    const c = n.relations.apiCounterpart;
    if (c && rowOf.has(c)) return rowOf.get(c);
    const near = [...n.relations.supersededBy, ...n.relations.related]
      .map((s) => rowOf.get(s) ?? appRows.get(s))
      .filter((r): r is number => r !== undefined);
    return near.length ? Math.min(...near) : undefined;
  };
  const placeApps = (list: NameRecord[]) => {
    const taken = new Set(appRows.values());
    for (const n of list
      .map((n) => ({ n, want: wanted(n) ?? Number.MAX_SAFE_INTEGER }))
      .sort((a, b) => a.want - b.want || byRecency(a.n, b.n))) {
      let r = n.want === Number.MAX_SAFE_INTEGER ? Math.max(rows.length, ...taken, -1) : n.want;
      while (taken.has(r)) r++;
      taken.add(r);
      appRows.set(n.n.slug, r);
    }
  };
  placeApps(apps.filter((n) => n.relations.apiCounterpart && rowOf.has(n.relations.apiCounterpart)));
  placeApps(apps.filter((n) => !appRows.has(n.slug)));
  const lastGroup = rows.at(-1)?.group ?? 0;
  while (rows.length < Math.max(0, ...[...appRows.values()].map((r) => r + 1)))
    rows.push({ items: [], group: lastGroup });

  const maxDepth = Math.max(0, ...rows.flatMap((r) => r.items.map((i) => i.depth)));
  const treeRight = MAP.pad + maxDepth * MAP.indent + MAP.nodeW;

  // Buses: one vertical lane per target and kind, lanes packed so overlapping spans never share.
  const anyRow = (slug: string) => rowOf.get(slug) ?? appRows.get(slug);
  type Bus = { kind: "replacedBy" | "pointsTo"; to: string; from: string[]; lo: number; hi: number; lane: number };
  const buses = new Map<string, Bus>();
  for (const n of names) {
    const targets: Array<["replacedBy" | "pointsTo", string]> = [
      ...n.relations.replacedBy.map((t) => ["replacedBy", t] as ["replacedBy", string]),
      ...(n.relations.pointsTo ? [["pointsTo", n.relations.pointsTo] as ["pointsTo", string]] : []),
    ];
    for (const [kind, to] of targets) {
      const a = anyRow(n.slug);
      const b = anyRow(to);
      if (a === undefined || b === undefined) continue;
      const key = `${kind}:${to}`;
      const bus = buses.get(key) ?? { kind, to, from: [], lo: b, hi: b, lane: 0 };
      bus.from.push(n.slug);
      bus.lo = Math.min(bus.lo, a);
      bus.hi = Math.max(bus.hi, a);
      buses.set(key, bus);
    }
  }
  const lanes: Array<Array<[number, number]>> = [];
  for (const bus of [...buses.values()].sort((a, b) => a.hi - a.lo - (b.hi - b.lo) || a.lo - b.lo)) {
    let lane = lanes.findIndex((spans) => spans.every(([lo, hi]) => bus.hi < lo || bus.lo > hi));
    if (lane === -1) lane = lanes.push([]) - 1;
    lanes[lane]!.push([bus.lo, bus.hi]);
    bus.lane = lane;
  }
  const laneX = (lane: number) => treeRight + 18 + lane * MAP.laneGap;
  const appX = laneX(Math.max(lanes.length - 1, 0)) + 30;
  const width = appX + (apps.length ? MAP.appW : 0) + MAP.pad;

  // Loose names, packed side by side under the diagram: OpenAI's first, then reseller ids.
  const perRow = Math.max(1, Math.floor((width - 2 * MAP.pad + MAP.slotGap) / (MAP.nodeW + MAP.slotGap)));
  const loose = roots.filter(isLoose);
  [
    { label: "Other names", list: loose.filter((n) => !n.notOpenAI) },
    { label: "Not OpenAI names (reseller ids)", list: loose.filter((n) => n.notOpenAI) },
  ].forEach(({ label, list }, g) => {
    for (let i = 0; i < list.length; i += perRow) {
      const items = list.slice(i, i + perRow).map((n, slot) => ({ n, depth: 0, slot }));
      rows.push({ items, group: lastGroup + 1 + g, ...(i === 0 ? { label } : {}) });
    }
  });

  // Vertical positions: a gap between groups, room for a group's label.
  const labels: LayerMapLayout["labels"] = [];
  const rowYs: number[] = [];
  let y = MAP.pad + MAP.headerH;
  rows.forEach((row, i) => {
    if (i > 0 && row.group !== rows[i - 1]!.group) y += MAP.groupGap;
    if (row.label) {
      labels.push({ x: MAP.pad, y: y + 12, text: row.label });
      y += MAP.labelH;
    }
    rowYs.push(y);
    y += MAP.rowH;
  });

  const nodes: MapNode[] = [
    ...rows.flatMap((row, i) =>
      row.items.map(({ n, depth, slot }) =>
        node(n, MAP.pad + depth * MAP.indent + slot * (MAP.nodeW + MAP.slotGap), rowYs[i]!, MAP.nodeW, "tree"),
      ),
    ),
    ...apps.map((n) => node(n, appX, rowYs[appRows.get(n.slug)!]!, MAP.appW, "app")),
  ];
  const at = new Map(nodes.map((n) => [n.slug, n]));
  const edges: MapEdge[] = [];

  // Tree elbows: down from the parent's left edge, across into the child.
  for (const c of nodes) {
    const parent = bySlug.get(c.slug)?.relations.parent;
    const p = parent ? at.get(parent) : undefined;
    if (!p || p.column !== "tree" || c.column !== "tree") continue;
    const x = p.x + 10;
    edges.push({
      kind: "parent",
      from: c.slug,
      to: p.slug,
      d: `M${x} ${p.y + MAP.nodeH} V${c.y + MAP.nodeH / 2} H${c.x}`,
      dots: [],
    });
  }

  // App name ↔ API counterpart: a straight line when they share a row, a gentle S-curve otherwise.
  for (const n of apps) {
    const a = at.get(n.slug)!;
    const t = n.relations.apiCounterpart ? at.get(n.relations.apiCounterpart) : undefined;
    if (!t || t.column !== "tree") continue;
    const x1 = t.x + t.w;
    const y1 = t.y + MAP.nodeH / 2;
    const y2 = a.y + MAP.nodeH / 2;
    const mid = (x1 + a.x) / 2;
    edges.push({
      kind: "counterpart",
      from: n.slug,
      to: t.slug,
      d: y1 === y2 ? `M${x1} ${y1} H${a.x}` : `M${x1} ${y1} C${mid} ${y1} ${mid} ${y2} ${a.x} ${y2}`,
      dots: [],
    });
  }

  // Buses: a stub from each source to the lane, the lane itself, and an arrow into the target.
  const port = (n: MapNode, kind: Bus["kind"]) => ({
    x: n.column === "tree" ? n.x + n.w : n.x,
    y: n.y + (kind === "replacedBy" ? 30 : 10),
  });
  for (const bus of buses.values()) {
    const target = at.get(bus.to)!;
    const x = laneX(bus.lane);
    const tp = port(target, bus.kind);
    const ends = bus.from.map((s) => port(at.get(s)!, bus.kind));
    const ys = [tp.y, ...ends.map((e) => e.y)];
    const parts = [
      `M${x} ${Math.min(...ys)} V${Math.max(...ys)}`,
      ...ends.map((e) => `M${e.x} ${e.y} H${x}`),
      `M${x} ${tp.y} H${tp.x}`,
    ];
    edges.push({
      kind: bus.kind,
      from: bus.from.join(" "),
      to: bus.to,
      d: parts.join(" "),
      dots: ends.map((e) => [x, e.y] as [number, number]),
    });
  }

  return {
    width,
    height: y - MAP.rowH + MAP.nodeH + MAP.pad,
    nodes,
    edges,
    headers: [
      { x: MAP.pad, text: "By parent: family → model → snapshot" },
      ...(apps.length ? [{ x: appX, text: "ChatGPT feature names" }] : []),
    ],
    labels,
  };

  function node(n: NameRecord, x: number, y: number, w: number, column: MapNode["column"]): MapNode {
    return {
      slug: n.slug,
      name: n.name,
      url: n.url,
      x,
      y,
      w,
      status: n.status.kind,
      statusLabel: mapStatusLabel(n),
      column,
    };
  }
}
