import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document } from "yaml";

export interface Position {
  line: number;
  column: number;
}

/** A parsed YAML document that can say where any value (by path) sits in its source file. */
export interface LocatedYaml {
  data: unknown;
  /** Position of the value at `path`, or of its closest existing parent. */
  locate(path: ReadonlyArray<PropertyKey>): Position;
  /** Position of the key itself (for unknown-key messages). */
  locateKey(path: ReadonlyArray<PropertyKey>, key: string): Position;
  syntaxErrors: Array<Position & { message: string; code: string }>;
  /**
   * The source text of the scalar at `path` (as written, line breaks included) and a function that turns
   * an offset inside it into a file position: checks that point at a phrase inside a long text use it.
   */
  scalarSource(path: ReadonlyArray<PropertyKey>): { text: string; at(offset: number): Position } | undefined;
}

/** `lineOffset` shifts positions when the YAML is a frontmatter block inside a larger file. */
export function parseLocatedYaml(source: string, lineOffset = 0): LocatedYaml {
  const counter = new LineCounter();
  const doc: Document = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const p = counter.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  };
  const nodeAt = (path: ReadonlyArray<PropertyKey>): { node: unknown; depth: number } => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return { node, depth };
    }
    return { node: doc.contents, depth: 0 };
  };
  const locate = (path: ReadonlyArray<PropertyKey>): Position => {
    const { node } = nodeAt(path);
    return isNode(node) && node.range ? at(node.range[0]) : { line: 1 + lineOffset, column: 1 };
  };
  const locateKey = (path: ReadonlyArray<PropertyKey>, key: string): Position => {
    const parent = doc.getIn(path, true);
    if (isMap(parent)) {
      for (const item of parent.items) {
        if (isPair(item) && isScalar(item.key) && item.key.value === key && item.key.range)
          return at(item.key.range[0]);
      }
    }
    return locate(path);
  };
  const syntaxErrors = doc.errors.map((e) => ({
    ...at(e.pos[0]),
    code: e.code,
    message: e.message.split("\n")[0] ?? e.message,
  }));
  const scalarSource = (path: ReadonlyArray<PropertyKey>) => {
    const node = doc.getIn(path, true);
    if (!isScalar(node) || !node.range) return undefined;
    const [start, end] = node.range;
    return { text: source.slice(start, end), at: (offset: number) => at(start + offset) };
  };
  return { data: syntaxErrors.length ? undefined : doc.toJS(), locate, locateKey, syntaxErrors, scalarSource };
}
