import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { cache } from "react";
import type { z } from "zod";
import type { ContentIssue } from "./issues";
import { parseLocatedYaml, type LocatedYaml } from "./located-yaml";
import { contentDir, displayPath } from "./paths";
import { validateLocated } from "./validate";

export interface Loaded<T> {
  data: T;
  /** Project-relative path, as printed in messages. */
  file: string;
  doc: LocatedYaml;
}

export interface LoadResult<T> {
  records: Loaded<T>[];
  issues: ContentIssue[];
}

/**
 * A content file's text as every check and loader sees it: a byte-order mark (some Windows editors add
 * one) is dropped and Windows line ends (CRLF) become "\n", so neither changes what a file means or
 * where a message points.
 */
export function readContentText(absolute: string): string {
  const text = readFileSync(absolute, "utf8");
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, "\n");
}

/** Reads and validates one YAML file under content/. */
export function readYamlFile<S extends z.ZodType>(relative: string, schema: S): LoadResult<z.infer<S>> {
  const absolute = path.join(contentDir(), relative);
  const file = displayPath(absolute);
  if (!existsSync(absolute)) {
    return {
      records: [],
      issues: [{ file, line: 1, column: 1, message: "file is missing", fix: `create ${file}`, severity: "error" }],
    };
  }
  const doc = parseLocatedYaml(readContentText(absolute));
  const { data, issues } = validateLocated(schema, doc, file);
  return { records: data === undefined ? [] : [{ data, file, doc }], issues };
}

/** Reads and validates every `*.yaml` file in a folder under content/, in file-name order. */
export function readYamlFolder<S extends z.ZodType>(relative: string, schema: S): LoadResult<z.infer<S>> {
  const dir = path.join(contentDir(), relative);
  if (!existsSync(dir)) return { records: [], issues: [] };
  const out: LoadResult<z.infer<S>> = { records: [], issues: [] };
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()) {
    const result = readYamlFile(path.join(relative, name), schema);
    out.records.push(...result.records);
    out.issues.push(...result.issues);
  }
  return out;
}

/**
 * Memoises a loader for the life of a production build; in `next dev` it re-reads once per request
 * (React `cache`), so an edited file shows up on the next render without a restart, and a page with
 * fifty <Term>s does not read the glossary fifty times.
 */
export function memoInProduction<T>(load: () => T): () => T {
  let value: { v: T } | undefined;
  const perRequest = cache(load);
  return () => {
    if (process.env.NODE_ENV !== "production") return perRequest();
    value ??= { v: load() };
    return value.v;
  };
}
