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
  reactStrictMode: true,
  devIndicators: false,
};

export default nextConfig;
