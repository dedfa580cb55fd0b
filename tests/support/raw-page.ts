/**
 * Small documents in the shape Next 16's static export writes (see .cache/export-original/ after a
 * build): runtime chunk scripts and a script preload in <head>, the flight data scripts at the end
 * of <body>. `RUNTIME_*` parts must go when a page is stripped; everything else must come out byte for byte.
 */
const RUNTIME_HEAD =
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/aa.js"/>' +
  '<script src="/_next/static/chunks/bb.js" async=""></script>' +
  '<script src="/_next/static/chunks/turbopack-cc.js" async=""></script>';
export const RUNTIME_NOMODULE = '<script src="/_next/static/chunks/dd.js" noModule=""></script>';
const RUNTIME_BODY =
  '<script id="_R_">self.__next_r="x"</script>' +
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>" +
  '<script>self.__next_f.push([1,"1:I[\\"x\\"]\\n"])</script>';

const HEAD_KEPT =
  '<meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/s.css" data-precedence="next"/>' +
  "<title>A page · Site</title>" +
  '<meta name="description" content="Something &amp; more."/>' +
  '<link rel="canonical" href="https://example.test/a/"/>';
const BODY_KEPT =
  '<div hidden=""><!--$--><!--/$--></div><a href="#main" class="skip-link">Skip</a>' +
  '<main id="main"><h1>Title</h1>\n  <p>Text with <a href="/x/">a link</a> &amp; an entity.</p>' +
  "<template><p>inside a template</p></template></main>";

export function page(parts: { head?: string; body?: string; runtime?: boolean } = {}): string {
  const runtime = parts.runtime ?? true;
  return (
    '<!DOCTYPE html><html lang="en"><head>' +
    HEAD_KEPT +
    (runtime ? RUNTIME_HEAD : "") +
    (parts.head ?? "") +
    (runtime ? RUNTIME_NOMODULE : "") +
    "</head><body>" +
    BODY_KEPT +
    (parts.body ?? "") +
    (runtime ? RUNTIME_BODY : "") +
    "</body></html>"
  );
}
