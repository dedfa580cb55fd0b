/**
 * Builds the standalone island scripts (islands/*.ts) with esbuild into public/islands/<name>-<hash>.js
 * and writes lib/islands/manifest.json so server components can point at the hashed file.
 * Islands are the only JavaScript an exported page ships: each one enhances HTML that already works without it.
 *   tsx scripts/build-islands.ts          one build
 *   tsx scripts/build-islands.ts --watch  rebuild on change (used by `npm run dev`)
 */
import { build, context, type BuildOptions, type Plugin } from "esbuild";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const outdir = path.join(root, "public", "islands");
const manifestFile = path.join(root, "lib", "islands", "manifest.json");
const entries = readdirSync(path.join(root, "islands"))
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts") && !f.startsWith("_"))
  .map((f) => path.join("islands", f));

const writeManifest: Plugin = {
  name: "write-manifest",
  setup(b) {
    b.onEnd((result) => {
      if (result.errors.length || !result.metafile) return;
      const manifest: Record<string, string> = {};
      for (const [out, meta] of Object.entries(result.metafile.outputs)) {
        if (!meta.entryPoint) continue;
        const name = path.basename(meta.entryPoint, ".ts");
        // A "_" module loaded with import() is an entry point to esbuild, but no page names it.
        if (name.startsWith("_")) continue;
        manifest[name] = `/${path.relative(path.join(root, "public"), path.join(root, out)).split(path.sep).join("/")}`;
      }
      mkdirSync(path.dirname(manifestFile), { recursive: true });
      writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    });
  },
};

const options: BuildOptions = {
  entryPoints: entries,
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  target: "es2022",
  minify: true,
  metafile: true,
  // Content hash in every file name: hashed assets get a year-long immutable cache.
  entryNames: "[name]-[hash]",
  chunkNames: "chunk-[hash]",
  legalComments: "none",
  logLevel: "warning",
  plugins: [writeManifest],
};

if (existsSync(outdir)) rmSync(outdir, { recursive: true });
if (process.argv.includes("--watch")) {
  const ctx = await context(options);
  await ctx.watch();
  console.log(`islands: watching ${entries.length} entries`);
} else {
  await build(options);
  console.log(`islands: built ${entries.length} entries into public/islands/`);
}
