import { PAGES } from "../urls";

/** The developer tools, in the order the index, the home page and the header menu list them. */
export const TOOLS = [
  {
    href: PAGES.scan,
    title: "Scan your code for model ids",
    short: "Code scanner",
    blurb:
      "Paste code, a config file or a Batch JSONL line: every OpenAI image model id in it, with its line, its status today and what to use instead. Runs in your browser.",
  },
  {
    href: PAGES.cost,
    title: "Image cost calculator",
    short: "Cost calculator",
    blurb:
      "Output cost per image and in total for a model, quality, size and volume, with the formula, each token count and price, and their sources. Compare up to three models.",
  },
  {
    href: PAGES.capabilities,
    title: "Capability matrix",
    short: "Capability matrix",
    blurb:
      "Which model supports which endpoint and feature (Batch, the Responses tool, streaming, transparency, custom sizes, SVG and GIF…): yes, no, partial or unknown, with footnotes.",
  },
  {
    href: PAGES.requests,
    title: "Copy-ready requests",
    short: "Copy-ready requests",
    blurb:
      "Image API generate and edit, the Responses image_generation tool and a Batch line, in curl, Python and JavaScript, with only the parameters confirmed for the model.",
  },
] as const;
