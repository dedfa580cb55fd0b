import { SEARCH_ICON_PATH } from "@/lib/icons";

export function SearchIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
      <path d={SEARCH_ICON_PATH} />
    </svg>
  );
}
