import { useCallback, useEffect, useRef } from 'react';
import { tourById, type Tour } from '../../model/tour';
import { useStore, useStoreApi } from '../../state/useStore';
import { applyTourStep } from './applyStep';
import { PredictQuestion } from './PredictQuestion';
import { tourKeyStep } from './tourKeys';
import './tour.css';

/** The running tour: narration (a live region), predict question, ←/→ and Prev/Next, presenter view. */
export function TourPlayer() {
  const api = useStoreApi();
  const at = useStore((s) => s.tour);
  const presenter = useStore((s) => s.presenter);
  // A tour only runs with the catalogue in the store (applyTourStep and the URL sync put it there).
  const tours = useStore((s) => s.tours);
  const tour = at && tours ? tourById(tours, at.id) : undefined;
  const n = at?.step ?? 0;
  const step = tour?.steps[n - 1];
  // The answers live in the store, which derives the hidden path from them (selectPredictMask).
  const answerKey = `${at?.id}:${n}`;
  const answer = useStore((s) => s.predictions[answerKey]);

  const go = useCallback(
    (t: Tour, to: number) => {
      if (tours && to >= 1 && to <= t.steps.length) applyTourStep(api, tours, t, to);
    },
    [api, tours],
  );
  useEffect(() => {
    if (!tour) return;
    const onKey = (e: KeyboardEvent) => {
      const d = tourKeyStep(e);
      if (d === 0) return;
      e.preventDefault();
      go(tour, n + d);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [tour, n, go]);

  // Starting from the picker (which closes) or a step change that removes the focused element (a
  // predict form) would leave focus on the page body: keep it in the tour, on the step's title.
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (n > 0 && (document.activeElement === null || document.activeElement === document.body)) titleRef.current?.focus();
  }, [n]);

  if (!tour || !step) return null;
  const last = tour.steps.length;
  const end = () => {
    const s = api.getState();
    s.setTour(null);
    s.setPresenter(false);
  };
  const togglePresenter = () => {
    const s = api.getState();
    s.setPresenter(!presenter);
    // Presenter view is for projectors: turn on the high-contrast tokens with it.
    if (!presenter) s.setHighContrast(true);
  };
  return (
    <section className="tour-player" aria-labelledby="tour-step-title" data-testid="tour-player" data-tour={tour.id} data-step={n}>
      <div className="tour-text" aria-live="polite" data-testid="tour-narration">
        <p className="tour-kicker">
          <span className="tour-name">{tour.title}</span> · Step {n} of {last}
        </p>
        <h2 id="tour-step-title" className="tour-step-title" tabIndex={-1} ref={titleRef}>
          {step.title}
        </h2>
        {/* A predict step's narration explains the answer: it follows the answer. */}
        <p className="tour-narration" data-held={step.predict && answer === undefined ? 'true' : undefined}>
          {step.predict && answer === undefined ? 'Predict first: the explanation follows your answer.' : step.narration}
        </p>
      </div>
      {step.predict ? (
        <PredictQuestion
          key={answerKey}
          predict={step.predict}
          answer={answer}
          onReveal={(a) => api.getState().predict(tour.id, n, a)}
        />
      ) : null}
      <div className="tour-nav" role="group" aria-label="Tour steps">
        <button type="button" className="toggle" aria-disabled={n <= 1} onClick={() => go(tour, n - 1)}>
          <span aria-hidden="true">← </span>Previous <span className="tour-word">step</span>
        </button>
        <button type="button" className="toggle" aria-disabled={n >= last} onClick={() => go(tour, n + 1)}>
          Next <span className="tour-word">step</span>
          <span aria-hidden="true"> →</span>
        </button>
        <span className="tour-hint muted">← and → also step</span>
        <button type="button" className="toggle" aria-pressed={presenter} onClick={togglePresenter}>
          Presenter view
        </button>
        <button type="button" className="toggle" onClick={end}>
          End tour
        </button>
      </div>
    </section>
  );
}
