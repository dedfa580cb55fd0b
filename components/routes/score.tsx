/** "8.4 / 10" with a bar; the number is the text, the bar is decoration. */
export function OverallScore({ value, size = "md" }: { value: number; size?: "md" | "lg" }) {
  const filled = Math.round(value);
  return (
    <span className="inline-flex flex-col gap-1">
      <span
        className={`font-semibold text-zinc-900 tabular-nums dark:text-white ${size === "lg" ? "text-3xl" : "text-xl"}`}
      >
        {value.toFixed(1)}
        <span className="text-sm font-medium text-zinc-600 dark:text-zinc-400"> / 10</span>
      </span>
      <Pips filled={filled} total={10} />
    </span>
  );
}

/** A factor rating such as 4 of 5, drawn as pips (hidden from assistive tech: the text says the number). */
export function Pips({ filled, total }: { filled: number; total: number }) {
  return (
    <span aria-hidden="true" className="flex gap-0.5">
      {Array.from({ length: total }, (_, i) => (
        <span
          key={i}
          className={`h-1.5 w-3 rounded-full ${i < filled ? "bg-accent-600 dark:bg-accent-400" : "bg-zinc-200 dark:bg-zinc-700"}`}
        />
      ))}
    </span>
  );
}
