import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getAliasSlugs, getName, getNames } from "@/lib/content/names";
import { nameDescription } from "@/lib/names/describe";
import { slugify } from "@/lib/names/slug";
import { markdownTwinPath, nameUrl } from "@/lib/urls";
import { pageMetadata } from "@/lib/seo/metadata";
import { AliasRedirect } from "./_components/alias-redirect";
import { NameArticle } from "./_components/name-article";

export const dynamicParams = false;

/** One page per name, plus one redirect page per alias spelling whose slug is not itself a name. */
export function generateStaticParams() {
  return [...getNames().map((n) => ({ slug: n.slug })), ...[...getAliasSlugs().keys()].map((slug) => ({ slug }))];
}

type Props = { params: Promise<{ slug: string }> };

/** The alias as written in the glossary ("DALL-E 3"), for the sentence on its redirect page. */
function aliasOf(slug: string) {
  const name = getAliasSlugs().get(slug);
  if (!name) return undefined;
  return { name, spelling: name.aliases.find((a) => slugify(a) === slug) ?? slug };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const name = getName(slug);
  if (name) {
    return pageMetadata({
      title: `${name.name}: what it is and its status`,
      description: nameDescription(name),
      path: name.url,
      type: "article",
      modified: name.lastVerified,
      markdown: markdownTwinPath(name.url),
    });
  }
  const alias = aliasOf(slug);
  if (!alias) return {};
  return pageMetadata({
    title: `${alias.spelling} is another spelling of ${alias.name.name}`,
    description: nameDescription(alias.name),
    path: nameUrl(slug),
    canonical: alias.name.url,
    noindex: true,
  });
}

export default async function NamePage({ params }: Props) {
  const { slug } = await params;
  const name = getName(slug);
  if (name) return <NameArticle name={name} />;
  const alias = aliasOf(slug);
  if (!alias) notFound();
  return <AliasRedirect spelling={alias.spelling} name={alias.name} />;
}
