/**
 * Copy-ready requests for one model: the Image API (generate; edit with a reference image), the Responses
 * API with the image_generation tool, and a Batch input line, in curl, Python and JavaScript with OpenAI's
 * official SDKs. A request carries only the parameters that content/data/capabilities.yaml records as
 * supported for the model; where support is unknown or unresolved, the example is left out and the page
 * says why. Pure string building: the page highlights the result at build time.
 */
import type { CapabilityMatrixData } from "../content/capabilities";

/**
 * Models with a request page, by glossary slug. Shut-down models (gpt-image-1, DALL·E) have none; models
 * that shut down later keep theirs, with their status shown, because existing code is the "before".
 */
export const REQUEST_MODELS = [
  "gpt-image-2",
  "gpt-image-2-5-sunburst",
  "gpt-image-2-5-flare",
  "gpt-image-2-6-sunburst",
  "gpt-image-2-6-flare",
  "gpt-image-1-5",
  "chatgpt-image-latest",
  "gpt-image-1-mini",
] as const;

/** The request models that exist in this content (all of them on the real site). */
export function requestModels(known: { has(slug: string): boolean }): string[] {
  return REQUEST_MODELS.filter((m) => known.has(m));
}

export type Endpoint = "generate" | "edit" | "responses" | "batch";
export type Lang = "curl" | "python" | "javascript" | "jsonl";

export const ENDPOINTS: ReadonlyArray<{ id: Endpoint; title: string; feature: string }> = [
  { id: "generate", title: "Generate an image (Image API)", feature: "generations" },
  { id: "edit", title: "Edit with a reference image (Image API)", feature: "edits" },
  { id: "responses", title: "Responses API with the image_generation tool", feature: "responses-tool" },
  { id: "batch", title: "Batch input line", feature: "batch" },
];

export const LANG_LABEL: Record<Lang, string> = {
  curl: "curl",
  python: "Python",
  javascript: "JavaScript",
  jsonl: "JSONL",
};

/** The mainline model in Responses examples: the guide says gpt-5 and newer support the tool. */
export const MAINLINE_MODEL = "gpt-5";
export const PROMPT = "A watercolor lighthouse on a rocky coast at dawn";
const EDIT_PROMPT = "Add a red sailboat near the lighthouse";

export interface RequestParams {
  model: string;
  size?: string;
  quality?: string;
  inputFidelity?: string;
}

export interface Example {
  endpoint: Endpoint;
  lang: Lang;
  code: string;
}

export interface ModelRequests {
  params: RequestParams;
  examples: Example[];
  /** Endpoints without an example, with the reason from the capability matrix. */
  missing: Array<{ endpoint: Endpoint; reason: string }>;
  /** Parameters left out for this model because no source confirms them. */
  omitted: string[];
}

/** Which parameter values each model's examples use, keyed by glossary slug; only confirmed features. */
export function paramsFor(
  slug: string,
  apiId: string,
  caps: CapabilityMatrixData,
): { params: RequestParams; omitted: string[] } {
  const cell = (feature: string) => caps.rows.find((r) => r.feature === feature)?.cells[slug]?.value;
  const params: RequestParams = { model: apiId };
  const omitted: string[] = [];
  if (cell("custom-sizes") === "yes" || cell("custom-sizes") === "no") params.size = "1024x1024";
  else omitted.push("size");
  if (
    cell("quality-extra") === "yes" &&
    caps.rows.find((r) => r.feature === "quality-extra")?.cells[slug]?.verification === "yes"
  )
    params.quality = "xhigh";
  else if (
    cell("quality-standard") === "yes" &&
    caps.rows.find((r) => r.feature === "quality-standard")?.cells[slug]?.verification !== "no"
  )
    params.quality = "medium";
  else omitted.push("quality");
  if (cell("input-fidelity") === "yes") params.inputFidelity = "high";
  else if (cell("input-fidelity") !== "no") omitted.push("input_fidelity");
  return { params, omitted };
}

const q = (s: string) => JSON.stringify(s);

/** The opening lines every SDK example shares: imports and a client reading OPENAI_API_KEY. */
const PY_HEAD = ["import base64", "from openai import OpenAI", "", "client = OpenAI()"];
const JS_HEAD = ['import fs from "node:fs";', 'import OpenAI from "openai";', "", "const client = new OpenAI();"];
const pySave = (file: string, b64: string) => [
  `with open(${q(file)}, "wb") as f:`,
  `    f.write(base64.b64decode(${b64}))`,
];
const jsSave = (file: string, b64: string) => [`fs.writeFileSync(${q(file)}, Buffer.from(${b64}, "base64"));`];

/** An Image API call (generate or edit) in Python and JavaScript; `image` is the edit's reference image line. */
function sdkImageCall(
  method: "generate" | "edit",
  b: Array<[string, string]>,
  file: string,
  image?: { py: string; js: string },
) {
  return {
    python: [
      ...PY_HEAD,
      `result = client.images.${method}(`,
      ...(image ? [`    ${image.py},`] : []),
      ...b.map(([k, v]) => `    ${k}=${q(v)},`),
      ")",
      ...pySave(file, "result.data[0].b64_json"),
    ].join("\n"),
    javascript: [
      ...JS_HEAD,
      `const result = await client.images.${method}({`,
      ...(image ? [`  ${image.js},`] : []),
      ...b.map(([k, v]) => `  ${k}: ${q(v)},`),
      "});",
      ...jsSave(file, "result.data[0].b64_json"),
    ].join("\n"),
  };
}

/** A request field only when the example sets it: none, or one [key, value] pair. */
function optional(key: string, value: string | undefined): Array<[string, string]> {
  return value ? [[key, value]] : [];
}

function body(p: RequestParams, prompt: string, extra: Record<string, string> = {}): Array<[string, string]> {
  return [
    ["model", p.model],
    ["prompt", prompt],
    ...optional("size", p.size),
    ...optional("quality", p.quality),
    ...Object.entries(extra),
  ];
}

function generate(p: RequestParams): Example[] {
  const b = body(p, PROMPT);
  const sdk = sdkImageCall("generate", b, "image.png");
  return [
    {
      endpoint: "generate",
      lang: "curl",
      code: [
        "curl https://api.openai.com/v1/images/generations \\",
        '  -H "Authorization: Bearer $OPENAI_API_KEY" \\',
        '  -H "Content-Type: application/json" \\',
        `  -d '${JSON.stringify(Object.fromEntries(b))}'`,
      ].join("\n"),
    },
    { endpoint: "generate", lang: "python", code: sdk.python },
    { endpoint: "generate", lang: "javascript", code: sdk.javascript },
  ];
}

function edit(p: RequestParams): Example[] {
  const b = body(p, EDIT_PROMPT, p.inputFidelity ? { input_fidelity: p.inputFidelity } : {});
  const sdk = sdkImageCall("edit", b, "edited.png", {
    py: 'image=[open("reference.png", "rb")]',
    js: 'image: [fs.createReadStream("reference.png")]',
  });
  return [
    {
      endpoint: "edit",
      lang: "curl",
      code: [
        "curl https://api.openai.com/v1/images/edits \\",
        '  -H "Authorization: Bearer $OPENAI_API_KEY" \\',
        '  -F "image[]=@reference.png" \\',
        ...b.map(([k, v], i) => `  -F ${q(`${k}=${v}`)}${i < b.length - 1 ? " \\" : ""}`),
      ].join("\n"),
    },
    { endpoint: "edit", lang: "python", code: sdk.python },
    { endpoint: "edit", lang: "javascript", code: sdk.javascript },
  ];
}

function responses(p: RequestParams): Example[] {
  const tool: Array<[string, string]> = [
    ["type", "image_generation"],
    ["model", p.model],
    ...optional("size", p.size),
    ...optional("quality", p.quality),
  ];
  const toolJson = (python: boolean) =>
    python
      ? `{${tool.map(([k, v]) => `${q(k)}: ${q(v)}`).join(", ")}}`
      : `{ ${tool.map(([k, v]) => `${k}: ${q(v)}`).join(", ")} }`;
  return [
    {
      endpoint: "responses",
      lang: "curl",
      code: [
        "curl https://api.openai.com/v1/responses \\",
        '  -H "Authorization: Bearer $OPENAI_API_KEY" \\',
        '  -H "Content-Type: application/json" \\',
        `  -d '${JSON.stringify({ model: MAINLINE_MODEL, input: PROMPT, tools: [Object.fromEntries(tool)] })}'`,
      ].join("\n"),
    },
    {
      endpoint: "responses",
      lang: "python",
      code: [
        ...PY_HEAD,
        "response = client.responses.create(",
        `    model=${q(MAINLINE_MODEL)},`,
        `    input=${q(PROMPT)},`,
        `    tools=[${toolJson(true)}],`,
        ")",
        'images = [o.result for o in response.output if o.type == "image_generation_call"]',
        ...pySave("image.png", "images[0]"),
      ].join("\n"),
    },
    {
      endpoint: "responses",
      lang: "javascript",
      code: [
        ...JS_HEAD,
        "const response = await client.responses.create({",
        `  model: ${q(MAINLINE_MODEL)},`,
        `  input: ${q(PROMPT)},`,
        `  tools: [${toolJson(false)}],`,
        "});",
        'const images = response.output.filter((o) => o.type === "image_generation_call").map((o) => o.result);',
        ...jsSave("image.png", "images[0]"),
      ].join("\n"),
    },
  ];
}

function batch(p: RequestParams): Example[] {
  const line = {
    custom_id: "image-1",
    method: "POST",
    url: "/v1/images/generations",
    body: Object.fromEntries(body(p, PROMPT)),
  };
  return [{ endpoint: "batch", lang: "jsonl", code: JSON.stringify(line) }];
}

const BUILDERS: Record<Endpoint, (p: RequestParams) => Example[]> = { generate, edit, responses, batch };

/** Every example for a model, and the endpoints left out with the matrix's reason. */
export function requestsFor(slug: string, apiId: string, caps: CapabilityMatrixData): ModelRequests {
  const { params, omitted } = paramsFor(slug, apiId, caps);
  const examples: Example[] = [];
  const missing: ModelRequests["missing"] = [];
  for (const e of ENDPOINTS) {
    const cell = caps.rows.find((r) => r.feature === e.feature)?.cells[slug];
    if (cell && (cell.value === "yes" || cell.value === "partial")) examples.push(...BUILDERS[e.id](params));
    else
      missing.push({
        endpoint: e.id,
        reason:
          cell?.value === "no"
            ? `Not supported${cell.note ? `: ${cell.note}` : "."}`
            : `Support is unknown${cell?.note ? `: ${cell.note}` : "."}`,
      });
  }
  return { params, examples, missing, omitted };
}
