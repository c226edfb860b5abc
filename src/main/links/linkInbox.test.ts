import { describe, expect, it } from 'vitest';
import { LinkInbox } from './linkInbox';

const link = (block: string) => `summit-reader://talk/some-talk#${block}`;

describe('LinkInbox', () => {
  it('holds a link that arrives before the page listens, and delivers it once the page is ready', () => {
    const delivered: string[] = [];
    const inbox = new LinkInbox((value) => delivered.push(value) > 0);
    inbox.receive(link('b1'));
    expect(delivered).toEqual([]);
    inbox.pageReady();
    expect(delivered).toEqual([link('b1')]);
    inbox.receive(link('b2'));
    expect(delivered).toEqual([link('b1'), link('b2')]);
  });

  it('holds links again while the page reloads', () => {
    const delivered: string[] = [];
    const inbox = new LinkInbox((value) => delivered.push(value) > 0);
    inbox.pageReady();
    inbox.pageGone();
    inbox.receive(link('b3'));
    expect(delivered).toEqual([]);
    inbox.pageReady();
    expect(delivered).toEqual([link('b3')]);
  });

  it('keeps a link when there is no window to deliver it to', () => {
    let window = false;
    const delivered: string[] = [];
    const inbox = new LinkInbox((value) => window && delivered.push(value) > 0);
    inbox.pageReady();
    inbox.receive(link('b4'));
    expect(delivered).toEqual([]);
    window = true;
    inbox.pageReady();
    expect(delivered).toEqual([link('b4')]);
  });

  it('drops anything that is not a reader link, and keeps at most twenty', () => {
    const delivered: string[] = [];
    const inbox = new LinkInbox((value) => delivered.push(value) > 0);
    inbox.receive('https://evil.example/');
    inbox.receive(null);
    for (let index = 0; index < 30; index++) inbox.receive(link(`b${index}`));
    inbox.pageReady();
    expect(delivered).toHaveLength(20);
    expect(delivered[0]).toBe(link('b10'));
  });
});
