import { DataTable } from "@/components/ui/data-table";
import { SourceLine } from "@/components/site/source-line";
import { getParameters } from "@/lib/content/data";
import { getNameMap } from "@/lib/content/names";
import { DatedText } from "@/components/site/dated-text";

const SURFACE_LABEL = { "image-api": "Image API", "responses-tool": "Responses tool" } as const;

/** Which parameters each model accepts, from content/data/parameters.yaml. */
export function ParameterMatrix({ surface }: { surface?: keyof typeof SURFACE_LABEL }) {
  const data = getParameters();
  const names = getNameMap();
  const rows = data.rows.filter((r) => !surface || r.surfaces.includes(surface));
  // One cell per model repeats the same values ("transparent, opaque, auto"), which would fill search
  // snippets with echoes; the guides' prose about each parameter is what search indexes.
  return (
    <div data-pagefind-ignore="">
      <DataTable
        caption={`Parameters by model${surface ? ` (${SURFACE_LABEL[surface]})` : ""}`}
        columns={[
          { key: "parameter", label: "Parameter" },
          ...data.models.map((m) => ({ key: m, label: names.get(m)?.name ?? m })),
        ]}
        rows={rows.map((r) => ({
          key: r.parameter,
          cells: {
            parameter: (
              <span>
                <code>{r.parameter}</code>
                <span data-markdown="qualifier" className="block text-xs font-normal text-zinc-500 dark:text-zinc-400">
                  {r.surfaces.map((s) => SURFACE_LABEL[s]).join(" · ")}
                </span>
                {r.note && (
                  <span
                    data-markdown="hint"
                    className="mt-1 block text-xs font-normal text-zinc-600 dark:text-zinc-400"
                  >
                    <DatedText text={r.note} />
                  </span>
                )}
              </span>
            ),
            ...Object.fromEntries(data.models.map((m) => [m, <DatedText key={m} text={r.cells[m] ?? "—"} />])),
          },
        }))}
        footer={<SourceLine ids={data.sources} asOf={data.asOf} />}
      />
    </div>
  );
}
