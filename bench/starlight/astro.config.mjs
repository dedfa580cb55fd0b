// @ts-check
/**
 * The Astro Starlight site `npm run bench` builds beside this one, from the same synthetic guides
 * (scripts/bench/starlight.ts writes src/content/docs/), to compare build time, page weight and LCP in the
 * same run. Starlight's defaults, as a new Starlight docs site has them: the sidebar lists every guide.
 */
import { defineConfig, passthroughImageService } from "astro/config";
import starlight from "@astrojs/starlight";

export default defineConfig({
  site: "https://starlight-bench.example",
  // The guides have no images; passing them through means sharp's native binary is never needed.
  image: { service: passthroughImageService() },
  integrations: [
    starlight({
      title: "Starlight bench",
      description: "Synthetic guides for comparing build time, page weight and Lighthouse with GPT Image Field Guide.",
      sidebar: [
        { label: "Home", link: "/" },
        { label: "Names", autogenerate: { directory: "names" } },
        { label: "Guides", autogenerate: { directory: "guides" } },
      ],
    }),
  ],
});
