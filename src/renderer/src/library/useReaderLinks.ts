// Opens summit-reader:// links, from the system (through main) or clicked in a note, at their talk
// and block.

import { useEffect } from 'react';
import { API_GLOBAL, type SummitApi } from '../../../shared/ipc/api';
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
    const api = (window as unknown as Record<string, SummitApi | undefined>)[API_GLOBAL];
    const stop = api?.onOpenLink(handle);
    return () => {
      window.removeEventListener(OPEN_READER_LINK_EVENT, onPageLink);
      stop?.();
    };
  }, [open]);
}
