import type { Layer } from "../content/schemas/name";

/** Reader-facing layer names and the order the glossary groups them in (engine first, app, then history). */
export const LAYER_INFO: Record<Layer, { label: string; plural: string; blurb: string }> = {
  family: { label: "Family", plural: "Family names", blurb: "The umbrella name for a line of models." },
  "release-label": {
    label: "Release label",
    plural: "Release and launch labels",
    blurb: "Names used when a generation launches, in release notes or announcements.",
  },
  "api-model": { label: "API model", plural: "API models", blurb: "Model ids you pass to the API." },
  snapshot: { label: "Snapshot", plural: "Snapshots", blurb: "Dated, fixed versions of a model." },
  "api-alias": { label: "API alias", plural: "API aliases", blurb: "Model ids whose target can move." },
  "api-surface": { label: "API surface", plural: "API surfaces", blurb: "Endpoints and APIs you call." },
  "tool-or-route": {
    label: "Tool or route",
    plural: "Tools and product routes",
    blurb: "Tools and products that generate images for you.",
  },
  "app-feature": {
    label: "App feature",
    plural: "ChatGPT feature names",
    blurb: "What the ChatGPT app calls its image features.",
  },
  "legacy-brand": { label: "Legacy brand", plural: "Legacy brands", blurb: "Older brand names." },
};

/** The glossary's grouping order. The type below fails to compile if a layer is left out. */
export const LAYER_ORDER = [
  "family",
  "release-label",
  "api-model",
  "snapshot",
  "api-alias",
  "api-surface",
  "tool-or-route",
  "app-feature",
  "legacy-brand",
] as const satisfies readonly Layer[];

/** Compiles only when every layer appears in LAYER_ORDER (a type, so nothing reaches the browser). */
type Complete<Missing extends never> = Missing;
export type LayerOrderIsComplete = Complete<Exclude<Layer, (typeof LAYER_ORDER)[number]>>;
