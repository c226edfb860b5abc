// Holds summit-reader:// links until the page can take them. A link that launches the app cold
// arrives before the window exists, and one sent while the page loads would be lost, so links are
// delivered only after the page has said it is listening.

import { parseReaderLink } from '../../shared/links';

export class LinkInbox {
  private readonly pending: string[] = [];
  private listening = false;

  constructor(private readonly deliver: (link: string) => boolean) {}

  /** Queues a valid link, and delivers at once when the page is listening. Invalid links are dropped. */
  receive(link: string | null | undefined): void {
    if (!link || !parseReaderLink(link)) return;
    // Only the newest few matter to a reader; a flood of links must not grow without bound.
    this.pending.push(link);
    if (this.pending.length > 20) this.pending.shift();
    this.flush();
  }

  /** The page subscribed to links. */
  pageReady(): void {
    this.listening = true;
    this.flush();
  }

  /** The page is gone or reloading: hold links until it says it is ready again. */
  pageGone(): void {
    this.listening = false;
  }

  private flush(): void {
    while (this.listening && this.pending.length > 0) {
      if (!this.deliver(this.pending[0])) return;
      this.pending.shift();
    }
  }
}
