import os from "node:os";

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "export",
  // scripts/build.ts exports into a staging folder and publishes it to out/ only when every step passed
  // (a custom distDir is the export destination with output: "export"; build artefacts stay in .next/).
  ...(process.env.NEXT_EXPORT_DIR ? { distDir: process.env.NEXT_EXPORT_DIR } : {}),
  // Every URL ends in "/" so each page is exported as <path>/index.html and served by any static host.
  trailingSlash: true,
  images: { unoptimized: true },
  // mdx-bundler drives esbuild at build time; it must not be bundled into the server build.
  serverExternalPackages: ["esbuild", "mdx-bundler"],
  poweredByHeader: false,
  // A fixed build id: Next writes it into every page's runtime data (which the post-export step strips), so a
  // random one made every page's exported HTML new on every build and defeated the post-export cache.
  generateBuildId: () => "field-guide",
  reactStrictMode: true,
  // On by default: every static-generation worker then runs with --enable-source-maps and keeps the source
  // map of each module it loads (about 85 MiB per worker at 1,000 guides, and 7% of generation time; issue
  // 18). A page that throws while rendering still stops the build with its message; the stack is mapped
  // in `next dev`, which is where such an error is reproduced.
  enablePrerenderSourceMaps: false,
  devIndicators: false,
  // scripts/build.ts runs the type check itself (`tsc --noEmit`, the same tsconfig) and skips it when no code
  // changed since the last passing check: an edit to content cannot change a type.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Static generation workers: Next's default is cores − 1, which is one worker on a two-core machine
    // while the main process mostly waits. Rendering pages is the longest part of the build (issue 18).
    cpus: Math.max(1, os.availableParallelism()),
    // On by default: for every page Next gzips each route segment's prefetch data to decide which segments
    // the client router should fetch together. Our pages ship without Next's router (the post-export step
    // strips it and deletes that data), so the work bought nothing: off, static generation at 1,000 guides
    // took about 16 s instead of 22 s and 9 fewer CPU-seconds, and the site after the post-export step was
    // the same bytes either way (every file compared, 1,000 bench guides).
    prefetchInlining: false,
  },
};

export default nextConfig;
