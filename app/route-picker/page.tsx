import type { Metadata } from "next";
import { stepMeta } from "@/lib/picker/meta";
import { getPickerView } from "@/lib/picker/view";
import { PAGES } from "@/lib/urls";
import { pageMetadata } from "@/lib/seo/metadata";
import { PickerPage } from "./_components/picker-page";

export function generateMetadata(): Metadata {
  const view = getPickerView();
  const meta = stepMeta(view, { kind: "question", id: view.graph.start });
  return pageMetadata({ title: meta.title, description: meta.description, path: PAGES.picker });
}

export default function RoutePickerPage() {
  return <PickerPage answers={[]} />;
}
