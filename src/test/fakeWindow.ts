/**
 * Test helper: a minimal window for the URL sync, which only touches location, history and
 * matchMedia. `calls` records every replaceState URL.
 */
export function fakeWindow(search: string, dark = false) {
  const calls: string[] = [];
  const win = {
    location: { search, hash: '' },
    history: {
      state: null,
      replaceState: (_: unknown, __: string, url: string) => {
        calls.push(url);
        win.location.search = url;
      },
    },
    matchMedia: (q: string) => ({ matches: dark && q.includes('dark') }),
  };
  return { win: win as unknown as Window, calls };
}
