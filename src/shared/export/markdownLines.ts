// Runs a change over the lines of a Markdown text that are prose, leaving fenced code as it is.

/** `change` is given each line outside ``` and ~~~ fences; fence lines and code pass unchanged. */
export function mapLinesOutsideFences(markdown: string, change: (line: string) => string): string {
  let fence: string | null = null;
  return markdown
    .split('\n')
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
