// Reads an HTML page (a saved blog post, say) by turning its article structure into Markdown,
// which the Markdown reader then splits into talks like any other write-up.

import { decodeEntities, htmlToText } from './inline';

/** True when the text is an HTML page rather than Markdown that happens to contain some tags. */
export function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 2000).trimStart().toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return true;
  const tags = (text.match(/<\/?(?:p|div|h[1-6]|article|section|span|a|li|ul|br)\b/gi) ?? []).length;
  return tags > 20 && tags > text.split('\n').length;
}

function inline(html: string): string {
  return htmlToText(
    html.replace(/<(strong|b)\b[^>]*>([\s\S]*?)<\/\1>/gi, '$2').replace(/<(em|i)\b[^>]*>([\s\S]*?)<\/\1>/gi, '$2'),
  );
}

export function htmlToMarkdown(html: string): string {
  let body = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|svg|nav|header|footer|aside|form|button)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(body)?.[1];
  const article = /<(article|main)\b[^>]*>([\s\S]*?)<\/\1>/i.exec(body)?.[2];
  body = article ?? /<body\b[^>]*>([\s\S]*?)<\/body>/i.exec(body)?.[1] ?? body;
  const blocks: string[] = [];
  const hasH1 = /<h1\b/i.test(body);
  if (title && !hasH1) blocks.push(`# ${inline(title)}`);
  const pattern = /<(h[1-6]|p|blockquote|pre|li|figcaption|td)\b[^>]*>([\s\S]*?)<\/\1>/gi;
  for (const match of body.matchAll(pattern)) {
    const tag = match[1].toLowerCase();
    const content = match[2];
    if (tag === 'pre') {
      blocks.push(['```', decodeEntities(content.replace(/<[^>]+>/g, '')).replace(/\n+$/, ''), '```'].join('\n'));
      continue;
    }
    const text = inline(content);
    if (!text) continue;
    if (tag.startsWith('h')) blocks.push(`${'#'.repeat(Number(tag[1]))} ${text}`);
    else if (tag === 'blockquote') blocks.push(`> ${text}`);
    else if (tag === 'li') blocks.push(`- ${text}`);
    else blocks.push(text);
  }
  return blocks.join('\n\n');
}
