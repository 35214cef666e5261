// Stands in for codemirror-json-schema's markdown renderer (markdown-it with shiki, about
// 250 KB gzip): the config schema's descriptions are plain sentences, shown as text.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function renderMarkdown(markdown: string, _inline = true): string {
  return markdown.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}
