import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeWhole } from "@/lib/write-whole";

const dir = mkdtempSync(path.join(tmpdir(), "write-whole-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writeWhole", () => {
  it("makes the folder, writes the file and leaves nothing beside it", () => {
    const file = path.join(dir, "a", "b", "entry.json");
    writeWhole(file, '{"n":1}');
    writeWhole(file, Buffer.from('{"n":2}'));
    expect(readFileSync(file, "utf8")).toBe('{"n":2}');
    expect(readdirSync(path.dirname(file))).toEqual(["entry.json"]);
  });
});
