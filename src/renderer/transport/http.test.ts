import { describe, expect, it } from 'vitest';
import { removeTokenFromAddress } from './http';

function addressBar(href: string) {
  const calls: [unknown, string, string][] = [];
  return {
    location: { href },
    history: { state: { idx: 3 }, replaceState: (state: unknown, unused: string, url: string) => calls.push([state, unused, url]) },
    calls,
  };
}

describe('removeTokenFromAddress', () => {
  it('takes the token out of the address and keeps the rest, route included', () => {
    const bar = addressBar('http://127.0.0.1:5790/?lang=da&token=secret-abc#/w/ws-1?step=setup');
    removeTokenFromAddress(bar.location, bar.history);
    expect(bar.calls).toEqual([[{ idx: 3 }, '', '/?lang=da#/w/ws-1?step=setup']]);
  });

  it('leaves an address without a token alone', () => {
    const bar = addressBar('http://127.0.0.1:5790/#/trash');
    removeTokenFromAddress(bar.location, bar.history);
    expect(bar.calls).toEqual([]);
  });
});
