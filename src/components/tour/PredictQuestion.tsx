import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { TourPredict } from '../../model/tour';
import type { PathState } from '../../model/types';
import { StateBadge } from '../StateBadge';

interface Props {
  readonly predict: TourPredict;
  /** The answer given (or 'skipped'), once revealed; undefined while the question is open. */
  readonly answer: PathState | 'skipped' | undefined;
  onReveal(answer: PathState | 'skipped'): void;
}

/** "Predict before you reveal": the path's state stays hidden until the question is answered. */
export function PredictQuestion({ predict, answer, onReveal }: Props) {
  const [choice, setChoice] = useState<PathState | null>(null);
  const legend = useId();
  // The Reveal button disappears on submit: focus moves to the result, not to the page body.
  const result = useRef<HTMLParagraphElement>(null);
  const [justRevealed, setJustRevealed] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setJustRevealed(true);
    onReveal(choice ?? 'skipped');
  };
  const revealed = answer !== undefined;
  useEffect(() => {
    if (justRevealed && revealed) result.current?.focus();
  }, [justRevealed, revealed]);
  const correct = answer === predict.answer;
  return (
    <form className="tour-predict" onSubmit={submit} data-testid="tour-predict" data-revealed={revealed}>
      <fieldset disabled={revealed}>
        <legend id={legend}>
          <span className="tour-predict-tag">Predict</span> {predict.question}
        </legend>
        <div role="radiogroup" aria-labelledby={legend} className="tour-choices">
          {predict.choices.map((c) => (
            <label key={c} className="tour-choice">
              <input
                type="radio"
                name={legend}
                value={c}
                checked={(revealed && answer !== 'skipped' ? answer : choice) === c}
                onChange={() => setChoice(c)}
              />
              <StateBadge state={c} />
            </label>
          ))}
        </div>
      </fieldset>
      {revealed ? (
        <p className="tour-result" role="status" data-testid="predict-result" data-correct={correct} tabIndex={-1} ref={result}>
          {answer === 'skipped'
            ? `The answer: ${predict.answer}.`
            : correct
              ? `Right: it is ${predict.answer}.`
              : `Not quite: you said ${answer}; it is ${predict.answer}.`}
        </p>
      ) : (
        <button type="submit" className="button-small tour-reveal">
          {choice ? 'Reveal the answer' : 'Skip and reveal'}
        </button>
      )}
    </form>
  );
}
