import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { IslandScript } from "@/components/site/island-script";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { contentVersion } from "@/lib/content/dev-version";
import { site } from "@/lib/site";
import "./globals.css";
import { ARTICLE_IDS } from "@/lib/urls";

export const metadata: Metadata = {
  metadataBase: new URL(site.origin),
  title: { default: site.name, template: `%s · ${site.name}` },
  description: site.description,
  applicationName: site.name,
  openGraph: { siteName: site.name, locale: "en_US", type: "website" },
  twitter: { card: "summary_large_image" },
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={site.locale}>
      {/* data-content-version: in `npm run dev` a content save bumps it, which makes Next re-render the page. */}
      <body
        data-content-version={process.env.NODE_ENV === "development" ? contentVersion : undefined}
        className="flex min-h-screen flex-col bg-white font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100"
      >
        <a href={`#${ARTICLE_IDS.main}`} className="skip-link">
          Skip to content
        </a>
        <SiteHeader />
        <main id={ARTICLE_IDS.main} className="flex-1">
          {children}
        </main>
        <SiteFooter />
        <IslandScript name="search-launcher" />
      </body>
    </html>
  );
}
