/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "export",
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
