// Runs a change over the lines of a Markdown text that are prose, leaving fenced code as it is.

/** `change` is given each line outside ``` and ~~~ fences; fence lines and code pass unchanged. */
export function mapLinesOutsideFences(markdown: string, change: (line: string) => string): string {
  const lines = markdown.split('\n');
  // A text with no fence marker anywhere has every line outside a fence.
  if (!markdown.includes('```') && !markdown.includes('~~~')) return lines.map((line) => change(line)).join('\n');
  let fence: string | null = null;
  return lines
    .map((line) => {
      const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (marker && (fence === null || marker.startsWith(fence))) {
        fence = fence === null ? marker : null;
        return line;
      }
      return fence !== null ? line : change(line);
    })
    .join('\n');
}
