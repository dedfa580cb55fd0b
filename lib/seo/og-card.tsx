/**
 * The one layout of every social card (1200×630 Open Graph image), rendered at build time by
 * next/og's ImageResponse. Card routes (app/**\/opengraph-image.tsx) only pick the data.
 *
 * Fonts are read from disk: Source Serif 4 from @fontsource for the title (the site's headings are
 * serif) and next/og's own bundled Geist for the small print. Passing `fonts` replaces next/og's
 * default list, so both are listed. A glyph that no listed font has would make next/og fetch a font
 * from Google at build time; `cardText` keeps every string inside what these fonts cover.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import { formatDate } from "../as-of";
import type { StatusKind } from "../names/status";
import { site } from "../site";
import { cardText } from "./card-text";
import { cachedCard } from "./og-cache";

export const CARD_SIZE = { width: 1200, height: 630 } as const;
export const CARD_CONTENT_TYPE = "image/png";

// Read from the project's node_modules at build time (the build runs from the project root).
const modules = path.join(process.cwd(), "node_modules");

function loadFonts() {
  const serif = (weight: 400 | 600) =>
    readFileSync(path.join(modules, "@fontsource/source-serif-4/files", `source-serif-4-latin-${weight}-normal.woff`));
  // next/og ships Geist Regular beside its own code; an upgrade that moves it fails loudly here.
  const geist = readFileSync(path.join(modules, "next/dist/compiled/@vercel/og/Geist-Regular.ttf"));
  return [
    { name: "Serif", data: serif(600), weight: 600 as const, style: "normal" as const },
    { name: "Serif", data: serif(400), weight: 400 as const, style: "normal" as const },
    { name: "Sans", data: geist, weight: 400 as const, style: "normal" as const },
  ];
}

let fonts: ReturnType<typeof loadFonts> | undefined;

const STATUS_COLORS: Record<StatusKind, { bg: string; fg: string }> = {
  current: { bg: "#dcfce7", fg: "#166534" },
  previous: { bg: "#dbeafe", fg: "#1e40af" },
  upcoming: { bg: "#dbeafe", fg: "#1e40af" },
  "shutdown-scheduled": { bg: "#fef3c7", fg: "#92400e" },
  "shut-down": { bg: "#fee2e2", fg: "#991b1b" },
  unverified: { bg: "#ede9fe", fg: "#5b21b6" },
  "not-openai": { bg: "#f4f4f5", fg: "#3f3f46" },
};

export interface CardData {
  /** "Guide", "Name · API model", "Route · Programmable integration" … */
  kind: string;
  title: string;
  /** One sentence under the title (definition, description or verdict). */
  summary?: string;
  status?: { kind: StatusKind; text: string };
  /** YYYY-MM-DD */
  lastVerified?: string;
}

/** Content summaries are at most 200 characters (schemas), which fit in four lines; longer text is cut at a word. */
function clamp(s: string, max: number): string {
  return s.length <= max
    ? s
    : `${s
        .slice(0, max - 1)
        .replace(/\s+\S*$/, "")
        .replace(/[\s,;:]+$/, "")}…`;
}

/** Title size steps down for long titles so two or three lines always fit. */
function titleSize(title: string): number {
  if (title.length <= 24) return 84;
  if (title.length <= 44) return 68;
  return 56;
}

/**
 * The card for `data` as the route's response. Rendered cards are reused by content (lib/seo/og-cache.ts);
 * the route files stay as they are, because Next puts a hash of each route file in the og:image URL.
 */
export function renderCard(data: CardData): Promise<Response> {
  return cachedCard(data, drawCard);
}

function drawCard(data: CardData): ImageResponse {
  fonts ??= loadFonts();
  const title = cardText(data.title);
  const summary = data.summary ? clamp(cardText(data.summary), 200) : undefined;
  const host = new URL(site.origin).host;
  const status = data.status ? STATUS_COLORS[data.status.kind] : undefined;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        background: "#ffffff",
        fontFamily: "Sans",
        color: "#18181b",
      }}
    >
      <div style={{ width: 24, height: "100%", background: "linear-gradient(180deg, #2fb3b0 0%, #0f5f63 100%)" }} />
      <div style={{ flex: 1, display: "flex", flexDirection: "column", padding: "56px 72px 52px 64px" }}>
        <div style={{ display: "flex", alignItems: "center", fontSize: 28, color: "#3f3f46" }}>
          <div
            style={{
              width: 30,
              height: 30,
              borderRadius: 5,
              marginRight: 14,
              background: "linear-gradient(135deg, #5cc8c4 0%, #0f5f63 100%)",
            }}
          />
          <div style={{ fontFamily: "Serif", fontWeight: 600, color: "#18181b" }}>{site.name}</div>
          <div style={{ flex: 1 }} />
          <div style={{ display: "flex", fontSize: 22, color: "#71717a" }}>{host}</div>
        </div>
        <div
          style={{
            display: "flex",
            marginTop: 64,
            fontSize: 26,
            letterSpacing: 2.5,
            textTransform: "uppercase",
            color: "#0f6b70",
          }}
        >
          {cardText(data.kind)}
        </div>
        <div
          style={{
            display: "flex",
            marginTop: 14,
            fontFamily: "Serif",
            fontWeight: 600,
            fontSize: titleSize(title),
            lineHeight: 1.08,
            color: "#09090b",
          }}
        >
          {title}
        </div>
        {summary && (
          <div
            style={{
              display: "flex",
              marginTop: 22,
              fontFamily: "Serif",
              fontSize: 29,
              lineHeight: 1.35,
              color: "#3f3f46",
            }}
          >
            {summary}
          </div>
        )}
        <div style={{ flex: 1 }} />
        <div style={{ display: "flex", alignItems: "center", fontSize: 26, color: "#52525b", whiteSpace: "nowrap" }}>
          {data.status && status && (
            <div
              style={{
                display: "flex",
                flexShrink: 0,
                padding: "8px 20px",
                borderRadius: 999,
                background: status.bg,
                color: status.fg,
                marginRight: 28,
              }}
            >
              {cardText(data.status.text)}
            </div>
          )}
          {data.lastVerified && (
            <div style={{ display: "flex", flexShrink: 0 }}>{`Last verified ${formatDate(data.lastVerified)}`}</div>
          )}
        </div>
      </div>
    </div>,
    { ...CARD_SIZE, fonts },
  );
}
