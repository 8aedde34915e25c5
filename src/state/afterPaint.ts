type Win = Pick<Window, 'setTimeout' | 'requestAnimationFrame' | 'addEventListener' | 'removeEventListener'> & {
  readonly document?: Pick<Document, 'visibilityState'>;
};

export interface AfterPaint {
  /** Asks for one run after the next paint; further asks before it are the same run. */
  schedule(): void;
  /** Runs a pending run now (the page is being left). */
  flush(): void;
  /** Drops a pending run and stops listening. */
  cancel(): void;
}

/**
 * Coalesces work that must follow a change but not delay its paint (writing the address bar or the
 * saved state): it runs once, in a task after the next frame. A hidden page paints no frames, so
 * there it runs in the next task. A page being left (`pagehide`) runs what is pending at once.
 */
export function afterPaint(win: Win, run: () => void): AfterPaint {
  let pending = false;
  const go = () => {
    if (!pending) return;
    pending = false;
    run();
  };
  const onHide = () => go();
  win.addEventListener('pagehide', onHide);
  return {
    schedule() {
      if (pending) return;
      pending = true;
      if (win.document?.visibilityState === 'hidden') win.setTimeout(go, 0);
      else win.requestAnimationFrame(() => win.setTimeout(go, 0));
    },
    flush: go,
    cancel() {
      pending = false;
      win.removeEventListener('pagehide', onHide);
    },
  };
}
