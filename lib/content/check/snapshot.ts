import type { RawGuide } from "../guides";
import type { Loaded } from "../read";
import type { Declared } from "./declared";
import type { NameEntry } from "../schemas/name";
import type { Capabilities } from "../schemas/capabilities";
import type { HomeData } from "../schemas/home";
import type { Parameters } from "../schemas/parameters";
import type { PickerData } from "../schemas/picker";
import type { Pricing } from "../schemas/pricing";
import type { RouteProfile } from "../schemas/route";
import type { Source } from "../schemas/source";
import type { ComparisonTableData } from "../schemas/table";

/** All content as validated records with their files and source positions, for cross-file checks. */
export interface ContentSnapshot {
  sources: Loaded<{ sources: Source[] }>[];
  names: Loaded<NameEntry>[];
  guides: RawGuide[];
  routes: Loaded<RouteProfile>[];
  tables: Loaded<ComparisonTableData>[];
  picker: Loaded<PickerData>[];
  pricing: Loaded<Pricing>[];
  parameters: Loaded<Parameters>[];
  capabilities: Loaded<Capabilities>[];
  home: Loaded<HomeData>[];
  /** Slugs and ids declared by every file, valid or not (for reference checks). */
  declared: Declared;
}

/** Every validated YAML record, whatever its collection: for checks that scan all data the same way. */
export function yamlRecords(s: ContentSnapshot): Array<Loaded<unknown>> {
  return [
    ...s.sources,
    ...s.names,
    ...s.routes,
    ...s.tables,
    ...s.picker,
    ...s.pricing,
    ...s.parameters,
    ...s.capabilities,
    ...s.home,
  ];
}
