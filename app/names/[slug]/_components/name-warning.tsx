import type { NameRecord } from "@/lib/content/names";

/** A plain, prominent warning for names OpenAI never published or never confirmed. */
export function NameWarning({ name }: { name: NameRecord }) {
  const text = name.notOpenAI
    ? {
        title: "Not an OpenAI name",
        body: `Third-party resellers use “${name.name}” for their own products. OpenAI has not published it as a model id, so what it runs, what it costs and its limits are set by the reseller, not by OpenAI.`,
      }
    : name.verification === "no"
      ? {
          title: "Unverified name",
          body: `No OpenAI source confirms “${name.name}”. What supports it is third-party material (see the sources below), so treat it as a reported label, not as an official OpenAI name.`,
        }
      : undefined;
  if (!text) return null;
  return (
    <div
      role="note"
      aria-label={text.title}
      className="mt-6 rounded-xl border-2 border-amber-500 bg-amber-50 px-5 py-4 text-amber-950 dark:border-amber-500 dark:bg-amber-950/50 dark:text-amber-100"
    >
      <p className="flex items-center gap-2 font-semibold">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 shrink-0 fill-current">
          <path d="M10 2.5a1 1 0 0 1 .87.5l7 12.5A1 1 0 0 1 17 17H3a1 1 0 0 1-.87-1.5l7-12.5a1 1 0 0 1 .87-.5Zm0 4.25a.75.75 0 0 0-.75.75v4a.75.75 0 0 0 1.5 0v-4a.75.75 0 0 0-.75-.75Zm0 7.75a.9.9 0 1 0 0-1.8.9.9 0 0 0 0 1.8Z" />
        </svg>
        {text.title}
      </p>
      <p className="mt-1.5 leading-relaxed">{text.body}</p>
    </div>
  );
}
