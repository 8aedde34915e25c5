import { useEffect } from 'react';
import { selectAttacker } from '../../state/selectors';
import { useStore, useStoreApi } from '../../state/useStore';
import { loadAttackerChunk } from './loadAttackerChunk';

/**
 * Loads the diagram's exposure code (model/exposureMarks, which reads the full report, in the
 * attacker view's chunk) the first
 * time an attacker position is picked, from the picker, a link or a tour step; never with the
 * first paint. A failed load says so (a notice).
 */
export function useExposureCode(): void {
  const api = useStoreApi();
  const attacker = useStore(selectAttacker);
  const loaded = useStore((s) => s.exposureCode !== null);
  useEffect(() => {
    if (attacker === null || loaded) return;
    let live = true;
    loadAttackerChunk().then(
      (m) => {
        if (live) api.setState({ exposureCode: m.exploits });
      },
      (e: unknown) =>
        api.getState().notify({
          id: 'attacker-load',
          tone: 'error',
          text: `The attacker view could not be loaded (${String(e)}); reload the page to try again.`,
        }),
    );
    return () => {
      live = false;
    };
  }, [api, attacker, loaded]);
}
