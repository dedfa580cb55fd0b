/**
 * The cost calculator's arithmetic: pure, importing nothing but types, shared by the /tools/cost/ page (the default job,
 * rendered at build time), its island (the reader's job) and the unit tests. Every figure is a published
 * one: a token count times a price, or OpenAI's per-image estimate. Where neither exists the result says so
 * instead of estimating.
 */
import type { StatusChange } from "../names/status";

export type SizeKey = "square" | "portrait" | "landscape";
export const SIZE_KEYS: readonly SizeKey[] = ["square", "portrait", "landscape"];
export const SIZE_PIXELS: Record<SizeKey, string> = {
  square: "1024x1024",
  portrait: "1024x1536",
  landscape: "1536x1024",
};

export interface SourcedFigure {
  /** Source ids, and the verification label of the figure. */
  sources: string[];
  verification: "yes" | "partial" | "no";
}

export interface CostFigure {
  /** Image output tokens per image (the guide's table), where published. */
  tokens?: number;
  /** OpenAI's published per-image output estimate in USD, where published. */
  published?: number;
}

/** What the calculator knows about one model: built from content/data/pricing.yaml at build time. */
export interface CostModel {
  slug: string;
  name: string;
  /** USD per 1M image output tokens, or null when no price is recorded. */
  imageOutput: number | null;
  price?: SourcedFigure;
  /** Quality levels the reader may pick for this model. */
  qualities: string[];
  /** True when the model takes any WIDTHxHEIGHT within limits (gpt-image-2). */
  customSizes: boolean;
  /** key `${quality}:${size}` → published token count and/or per-image estimate. */
  figures: Record<string, CostFigure>;
  tokensSource?: SourcedFigure;
  publishedSource?: SourcedFigure;
  batch?: SourcedFigure & { discount: number };
  /** Why Batch has no price here (unresolved support, no documented price). */
  batchNote: string;
  /** The model's status from the build day on (the name's statusChanges), so the card can say it on the reader's day. */
  statuses: StatusChange[];
}

export interface CostData {
  models: CostModel[];
  partialTokens: number;
  partialSource: SourcedFigure;
}

export interface Job {
  models: string[];
  quality: string;
  /** A size key or a custom "WIDTHxHEIGHT". */
  size: string;
  imagesPerRequest: number;
  requests: number;
  partialImages: number;
  batch: boolean;
}

export const LIMITS = {
  imagesPerRequest: { min: 1, max: 10 },
  requests: { min: 1, max: 100_000_000 },
  partialImages: { min: 0, max: 3 },
  models: 3,
} as const;

export const DEFAULT_JOB: Job = {
  models: ["gpt-image-2"],
  quality: "medium",
  size: "square",
  imagesPerRequest: 1,
  requests: 1000,
  partialImages: 0,
  batch: false,
};

/** A field the reader gave an impossible value: the value used instead and why. */
export interface FieldMessage {
  field: "imagesPerRequest" | "requests" | "partialImages" | "size" | "models";
  message: string;
}

/** Clamps counts to what the API accepts, with a message next to the field for every change. */
export function clampJob(job: Job): { job: Job; messages: FieldMessage[] } {
  const messages: FieldMessage[] = [];
  const clamp = (field: "imagesPerRequest" | "requests" | "partialImages", label: string) => {
    const { min, max } = LIMITS[field];
    const raw = job[field];
    const n = Number.isFinite(raw) ? Math.trunc(raw) : min;
    const v = Math.min(max, Math.max(min, n));
    if (v !== raw) {
      messages.push({
        field,
        message: !Number.isFinite(raw)
          ? `${label} must be a whole number; using ${v}.`
          : raw < min
            ? `${label} cannot be below ${min}; using ${v}.`
            : raw > max
              ? `${label} cannot be above ${max.toLocaleString("en-US")}; using ${v.toLocaleString("en-US")}.`
              : `${label} must be a whole number; using ${v}.`,
      });
    }
    return v;
  };
  return {
    job: {
      ...job,
      imagesPerRequest: clamp("imagesPerRequest", "Images per request"),
      requests: clamp("requests", "Requests"),
      partialImages: clamp("partialImages", "Partial images"),
    },
    messages,
  };
}

/**
 * gpt-image-2's size rule (image generation guide): both edges multiples of 16, longest edge at most
 * 3840 px, long-to-short ratio at most 3:1, total pixels between 655,360 and 8,294,400.
 * Returns a reason when the size breaks it.
 */
export function customSizeProblem(size: string): string | undefined {
  const m = /^(\d{2,5})x(\d{2,5})$/.exec(size);
  if (!m) return "Write a custom size as WIDTHxHEIGHT, for example 2048x1152.";
  const w = Number(m[1]);
  const h = Number(m[2]);
  if (w % 16 || h % 16) return "Both edges must be multiples of 16 pixels.";
  if (Math.max(w, h) > 3840) return "The longest edge can be at most 3840 pixels.";
  if (Math.max(w, h) / Math.min(w, h) > 3) return "The long edge can be at most three times the short edge.";
  const px = w * h;
  if (px < 655_360 || px > 8_294_400) return "The image must have between 655,360 and 8,294,400 pixels.";
  return undefined;
}

// Widened so includes() accepts any string; the guard narrows it back.
export const isSizeKey = (s: string): s is SizeKey => (SIZE_KEYS as readonly string[]).includes(s);

/** How OpenAI's published estimate relates to token count × price. */
export type Agreement = "equal" | "rounded" | "rounded-up" | "rounded-to-cents" | "differs";

/** Compares tokens × price with the published estimate, which the guide prints with up to 3 decimals. */
export function agreement(exact: number, published: number): Agreement {
  const eq = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  if (eq(exact, published)) return "equal";
  if (eq(Math.round(exact * 1000) / 1000, published)) return "rounded";
  if (eq(Math.ceil(exact * 1000 - 1e-9) / 1000, published)) return "rounded-up";
  if (eq(Math.round(exact * 100) / 100, published)) return "rounded-to-cents";
  return "differs";
}

export const AGREEMENT_TEXT: Record<Agreement, string> = {
  equal: "The published estimate equals tokens × price.",
  rounded: "The published estimate is tokens × price rounded to a tenth of a cent.",
  "rounded-up": "The published estimate is tokens × price rounded up, not to the nearest tenth of a cent.",
  "rounded-to-cents": "The published estimate is tokens × price rounded to whole cents.",
  differs:
    "The published estimate is higher than tokens × price by more than rounding; the sources do not say why. The calculator uses the published estimate.",
};

export interface ModelResult {
  model: CostModel;
  /** Why no figure can be given, when none can. */
  unavailable?: string;
  tokens?: number;
  /** Tokens × price per image, before any Batch discount. */
  exact?: number;
  published?: number;
  agreement?: Agreement;
  /** The per-image output cost used for the total (after any Batch discount). */
  perImage?: number;
  /** Output cost of the partial images of one request (after any Batch discount). */
  partialsPerRequest?: number;
  total?: number;
  batchApplied: boolean;
  /** Shown under the result: a Batch request for a model without a documented Batch price, etc. */
  notes: string[];
}

export function figureKey(quality: string, size: string): string {
  return `${quality}:${size}`;
}

export function computeModel(model: CostModel, job: Job, partialTokens: number): ModelResult {
  const notes: string[] = [];
  const base: ModelResult = { model, batchApplied: false, notes };
  if (!model.qualities.includes(job.quality)) {
    return { ...base, unavailable: `${model.name} has no quality level "${job.quality}" in the sources.` };
  }
  const batch = job.batch && model.batch ? model.batch : undefined;
  if (job.batch && !model.batch) notes.push(model.batchNote);
  const factor = batch ? 1 - batch.discount : 1;
  const price = model.imageOutput;
  const partialsPerRequest =
    price !== null ? (job.partialImages * partialTokens * price * factor) / 1_000_000 : undefined;
  if (job.partialImages > 0 && partialsPerRequest === undefined)
    notes.push("No image output price is recorded for this model, so partial images cannot be priced.");

  let unavailable: string | undefined;
  let fig: CostFigure | undefined;
  if (!isSizeKey(job.size)) {
    if (!model.customSizes) unavailable = `${model.name} takes only its fixed sizes, not ${job.size}.`;
    else unavailable = "No per-image figure is published for custom sizes; OpenAI's guide offers a calculator instead.";
  } else {
    fig = model.figures[figureKey(job.quality, job.size)];
    if (!fig) unavailable = "No per-image figure or token count is published for this model, quality and size.";
  }
  const exact = fig?.tokens !== undefined && price !== null ? (fig.tokens * price) / 1_000_000 : undefined;
  const published = fig?.published;
  const perImageBase = published ?? exact;
  const perImage = perImageBase === undefined ? undefined : perImageBase * factor;
  const images = job.imagesPerRequest * job.requests;
  const total =
    perImage === undefined
      ? undefined
      : perImage * images + (partialsPerRequest !== undefined ? partialsPerRequest * job.requests : 0);
  return {
    ...base,
    ...(unavailable ? { unavailable } : {}),
    ...(fig?.tokens !== undefined ? { tokens: fig.tokens } : {}),
    ...(exact !== undefined ? { exact } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(exact !== undefined && published !== undefined ? { agreement: agreement(exact, published) } : {}),
    ...(perImage !== undefined ? { perImage } : {}),
    ...(partialsPerRequest !== undefined ? { partialsPerRequest } : {}),
    ...(total !== undefined ? { total } : {}),
    batchApplied: batch !== undefined,
  };
}

/** USD with as many decimals as the figure needs (at least 2, at most 6). */
export function usd(n: number): string {
  const digits = n >= 100 ? 2 : n >= 1 ? 2 : n >= 0.01 ? 4 : 6;
  const s = n.toFixed(digits);
  const trimmed = s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
  const [int, frac] = trimmed.split(".");
  const grouped = Number(int).toLocaleString("en-US");
  return `$${grouped}${frac ? `.${frac.length < 2 ? frac.padEnd(2, "0") : frac}` : n >= 1 ? ".00" : ""}`;
}

/** An exact product such as tokens × price, to six decimals without trailing zeros ("$0.033792"). */
export function exactUsd(n: number): string {
  return `$${Number(n.toFixed(6)).toString()}`;
}

/** The job as a query string (only values that differ from the defaults). */
export function jobToQuery(job: Job): string {
  const p = new URLSearchParams();
  if (job.models.join(",") !== DEFAULT_JOB.models.join(",")) p.set("m", job.models.join(","));
  if (job.quality !== DEFAULT_JOB.quality) p.set("q", job.quality);
  if (job.size !== DEFAULT_JOB.size) p.set("s", job.size);
  if (job.imagesPerRequest !== DEFAULT_JOB.imagesPerRequest) p.set("n", String(job.imagesPerRequest));
  if (job.requests !== DEFAULT_JOB.requests) p.set("r", String(job.requests));
  if (job.partialImages !== DEFAULT_JOB.partialImages) p.set("p", String(job.partialImages));
  if (job.batch) p.set("b", "1");
  return p.toString();
}

/**
 * Reads a job from the address. Every value must be one the form could have produced; anything else
 * (a tampered or mistyped link) falls back to the default for that field, and `tampered` tells the page to
 * say so in general words, never echoing what was in the address.
 */
export function jobFromQuery(search: string, data: CostData): { job: Job; tampered: boolean } {
  const p = new URLSearchParams(search);
  const job: Job = { ...DEFAULT_JOB, models: [...DEFAULT_JOB.models] };
  let tampered = false;
  const known = new Set(data.models.map((m) => m.slug));
  const m = p.get("m");
  if (m !== null) {
    const list = m.split(",");
    if (
      list.length >= 1 &&
      list.length <= LIMITS.models &&
      list.every((s) => known.has(s)) &&
      new Set(list).size === list.length
    )
      job.models = list;
    else tampered = true;
  }
  const q = p.get("q");
  if (q !== null) {
    const qualities = new Set(data.models.flatMap((x) => x.qualities));
    if (qualities.has(q)) job.quality = q;
    else tampered = true;
  }
  const s = p.get("s");
  if (s !== null) {
    if (isSizeKey(s) || /^\d{2,5}x\d{2,5}$/.test(s)) job.size = s;
    else tampered = true;
  }
  const int = (key: string, field: "imagesPerRequest" | "requests" | "partialImages") => {
    const v = p.get(key);
    if (v === null) return;
    const { min, max } = LIMITS[field];
    if (/^\d{1,9}$/.test(v) && Number(v) >= min && Number(v) <= max) job[field] = Number(v);
    else tampered = true;
  };
  int("n", "imagesPerRequest");
  int("r", "requests");
  int("p", "partialImages");
  const b = p.get("b");
  if (b !== null) {
    if (b === "1") job.batch = true;
    else tampered = true;
  }
  return { job, tampered };
}
