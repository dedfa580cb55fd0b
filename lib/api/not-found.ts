/**
 * The JSON body of a 404 under /api/v1/ (the server sends it; a copy is published at
 * /api/v1/not-found.json so its shape is documented). Pure: scripts/serve.ts imports it without the loaders.
 */
import { absoluteUrl } from "../site";
import { API_PAGE, apiPaths } from "../urls";
import type { ErrorDocument } from "./schemas";

export function apiNotFoundBody(requestPath: string): ErrorDocument {
  return {
    apiVersion: "v1",
    error: {
      status: 404,
      code: "not_found",
      message:
        "No document at this address. Names are listed at the index; a name's document is /api/v1/names/<slug>.json.",
      path: requestPath,
      index: absoluteUrl(apiPaths.names),
      documentation: absoluteUrl(API_PAGE),
    },
  };
}
