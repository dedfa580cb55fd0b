import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { stepMeta } from "@/lib/picker/meta";
import { resolveAnswers, type Resolved } from "@/lib/picker/resolve";
import { getPickerSteps, getPickerView } from "@/lib/picker/view";
import { stepUrl } from "@/lib/urls";
import { pageMetadata } from "@/lib/seo/metadata";
import { PickerPage } from "../_components/picker-page";

export const dynamicParams = false;

/** One static page per step and per outcome, so the picker works by plain links without JavaScript. */
export function generateStaticParams() {
  return getPickerSteps()
    .filter((s) => s.answers.length > 0)
    .map((s) => ({ answers: s.answers }));
}

type Props = { params: Promise<{ answers: string[] }> };

/** The step these answers reach, or undefined when they do not walk the tree exactly. */
function stepFor(answers: string[]): Resolved | undefined {
  const step = resolveAnswers(getPickerView().graph, answers);
  return step.answers.length === answers.length && answers.length > 0 ? step : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const answers = (await params).answers;
  const step = stepFor(answers);
  if (!step) return {};
  const meta = stepMeta(getPickerView(), step);
  // A question or outcome reached by more than one path points search engines at its first path.
  const canonical = getPickerSteps().find((s) => s.answers.join("/") === answers.join("/"))?.canonical ?? answers;
  return pageMetadata({
    title: meta.title,
    description: meta.description,
    path: stepUrl(answers),
    canonical: stepUrl(canonical),
  });
}

export default async function RoutePickerStepPage({ params }: Props) {
  const answers = (await params).answers;
  const step = stepFor(answers);
  if (!step) notFound();
  const meta = stepMeta(getPickerView(), step);
  return <PickerPage answers={answers} crumb={{ href: stepUrl(answers), label: meta.crumb }} />;
}
