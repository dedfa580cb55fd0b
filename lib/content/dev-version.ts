/** Bumped by scripts/dev.ts on every content save so `next dev` re-renders the open page. Committed as 0. */
export const contentVersion = 0;
