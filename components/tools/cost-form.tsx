import { DEFAULT_JOB, LIMITS, SIZE_KEYS, SIZE_PIXELS, type CostData } from "@/lib/tools/cost";

const field =
  "mt-1 block w-full rounded-md border border-zinc-300 bg-white px-2.5 py-1.5 text-zinc-900 dark:border-zinc-600 dark:bg-zinc-950 dark:text-zinc-100";
const label = "block text-sm font-semibold text-zinc-900 dark:text-zinc-100";
const message = "mt-1 text-sm text-amber-800 dark:text-amber-300";

const SIZE_LABEL = { square: "square", portrait: "portrait", landscape: "landscape" } as const;

function Message({ id }: { id: string }) {
  return <p id={`${id}-msg`} data-cost-msg={id} className={message} />;
}

/** A count field: its limits come from LIMITS, its default from DEFAULT_JOB, its message sits below it. */
function NumberField({
  id,
  name,
  label: text,
  field: key,
}: {
  id: string;
  name: string;
  label: string;
  field: "imagesPerRequest" | "requests" | "partialImages";
}) {
  return (
    <div>
      <label htmlFor={id} className={label}>
        {text}
      </label>
      <input
        id={id}
        name={name}
        type="number"
        inputMode="numeric"
        min={LIMITS[key].min}
        max={LIMITS[key].max}
        defaultValue={DEFAULT_JOB[key]}
        aria-describedby={`${key}-msg`}
        className={field}
      />
      <Message id={key} />
    </div>
  );
}

/**
 * The calculator's form. Hidden until the cost island runs (it fills the fields from the address and
 * renders the results); without JavaScript the page shows the published figures table instead.
 */
export function CostForm({ data }: { data: CostData }) {
  const qualities = [...new Set(data.models.flatMap((m) => m.qualities))];
  const options = data.models.map((m) => (
    <option key={m.slug} value={m.slug}>
      {m.name}
    </option>
  ));
  return (
    <div data-cost-app="" hidden className="mt-8">
      <p
        id="cost-notice"
        role="status"
        className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950 empty:hidden dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
      />
      <form
        data-cost-form=""
        className="grid gap-5 rounded-xl border border-zinc-200 p-4 sm:grid-cols-2 lg:grid-cols-3 dark:border-zinc-800"
      >
        <fieldset className="sm:col-span-2 lg:col-span-3">
          <legend className={label}>Models (compare up to {LIMITS.models} for the same job)</legend>
          <div className="mt-1 grid gap-3 sm:grid-cols-3">
            {(["Model", "Second model (optional)", "Third model (optional)"] as const).map((text, i) => (
              <div key={text}>
                <label htmlFor={`cost-m${i + 1}`} className="text-sm text-zinc-700 dark:text-zinc-300">
                  {text}
                </label>
                <select
                  name={`m${i + 1}`}
                  id={`cost-m${i + 1}`}
                  className={field}
                  defaultValue={i === 0 ? DEFAULT_JOB.models[0] : ""}
                >
                  {i > 0 && <option value="">None</option>}
                  {options}
                </select>
              </div>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor="cost-q" className={label}>
            Quality
          </label>
          <select id="cost-q" name="q" className={field} defaultValue={DEFAULT_JOB.quality}>
            {qualities.map((q) => (
              <option key={q} value={q}>
                {q}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="cost-s" className={label}>
            Size
          </label>
          <select id="cost-s" name="s" className={field} defaultValue={DEFAULT_JOB.size}>
            {SIZE_KEYS.map((s) => (
              <option key={s} value={s}>
                {SIZE_PIXELS[s]} ({SIZE_LABEL[s]})
              </option>
            ))}
            <option value="custom">Custom size (gpt-image-2)</option>
          </select>
          <div data-cost-custom="" hidden className="mt-2">
            <label htmlFor="cost-custom" className="text-sm text-zinc-700 dark:text-zinc-300">
              Custom size, WIDTHxHEIGHT
            </label>
            <input
              id="cost-custom"
              name="custom"
              inputMode="text"
              autoComplete="off"
              placeholder="2048x1152"
              aria-describedby="size-msg"
              className={field}
            />
          </div>
          <Message id="size" />
        </div>
        <NumberField id="cost-n" name="n" label="Images per request" field="imagesPerRequest" />
        <NumberField id="cost-r" name="r" label="Number of requests" field="requests" />
        <NumberField id="cost-p" name="p" label="Streamed partial images per request" field="partialImages" />
        <div className="flex items-start gap-2 self-end">
          <input id="cost-b" name="b" type="checkbox" className="mt-1 size-4" />
          <label htmlFor="cost-b" className="text-sm text-zinc-800 dark:text-zinc-200">
            Batch API (only where a Batch price is documented)
          </label>
        </div>
      </form>
      <h2 id="cost-result-heading" className="mt-8 font-serif text-2xl font-semibold text-zinc-900 dark:text-white">
        Output cost
      </h2>
      <div
        id="cost-results"
        className="mt-3 grid gap-4 lg:grid-cols-3"
        aria-live="polite"
        aria-labelledby="cost-result-heading"
      />
      <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
        The settings are kept in the address, so you can share this calculation as a link.
      </p>
      <p className="sr-only">{data.models.length} models available.</p>
    </div>
  );
}
