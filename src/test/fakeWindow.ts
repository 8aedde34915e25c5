/**
 * Test helper: a minimal window for the URL sync, which only touches location, history,
 * matchMedia, timers, frames and `pagehide`. `calls` records every replaceState URL.
 *
 * Timers and frames run at once unless `deferred` is set; then they wait in `tasks` until `runTasks`
 * runs them (a frame callback and a timer are both tasks, in the order asked), and `hide` fires
 * `pagehide`.
 */
export function fakeWindow(search: string, dark = false, deferred = false) {
  const calls: string[] = [];
  const tasks: (() => void)[] = [];
  const hideListeners = new Set<() => void>();
  const later = (fn: () => void) => {
    if (deferred) tasks.push(fn);
    else fn();
    return 0;
  };
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
    setTimeout: later,
    requestAnimationFrame: later,
    addEventListener: (type: string, fn: () => void) => {
      if (type === 'pagehide') hideListeners.add(fn);
    },
    removeEventListener: (type: string, fn: () => void) => {
      if (type === 'pagehide') hideListeners.delete(fn);
    },
  };
  const runTasks = () => {
    while (tasks.length > 0) tasks.shift()!();
  };
  const hide = () => {
    for (const fn of hideListeners) fn();
  };
  return { win: win as unknown as Window, calls, tasks, runTasks, hide };
}
