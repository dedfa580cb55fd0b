/** The magnifier drawn by the header, the 404 page and the search field (server and island alike). */
export const SEARCH_ICON_PATH =
  "M8.5 3a5.5 5.5 0 0 1 4.38 8.83l3.65 3.64a.75.75 0 1 1-1.06 1.06l-3.64-3.65A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z";
