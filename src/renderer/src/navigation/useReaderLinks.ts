// Opens summit-reader:// links, from the system (through main) or clicked in a note, at their talk
// and block.

import { useEffect } from 'react';
import { callMain, onMain } from '../ipc/client';
import { parseReaderLink, type ReaderLink } from '../../../shared/links';

/** The event a note's link dispatches inside the page. */
export const OPEN_READER_LINK_EVENT = 'summit-reader:open-link';

export function openReaderLinkInPage(link: string): boolean {
  if (!parseReaderLink(link)) return false;
  window.dispatchEvent(new CustomEvent(OPEN_READER_LINK_EVENT, { detail: link }));
  return true;
}

export function useReaderLinks(open: (link: ReaderLink) => void): void {
  useEffect(() => {
    const handle = (raw: string): void => {
      const link = parseReaderLink(raw);
      if (link) open(link);
    };
    const onPageLink = (event: Event): void => handle(String((event as CustomEvent<string>).detail));
    window.addEventListener(OPEN_READER_LINK_EVENT, onPageLink);
    const stop = onMain('openLink', handle);
    // Links the system sent before the page was listening were held by main until now.
    void callMain('rendererReady');
    return () => {
      window.removeEventListener(OPEN_READER_LINK_EVENT, onPageLink);
      stop();
    };
  }, [open]);
}
