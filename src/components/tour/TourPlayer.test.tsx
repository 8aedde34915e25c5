// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { tourById } from '../../model/tour';
import { TOURS } from '../../model/tours';
import { selectPredictMask } from '../../state/selectors';
import { createAppStore } from '../../state/store';
import { renderWithStore } from '../../test/renderWithStore';
import { applyTourStep } from './applyStep';
import { TourPlayer } from './TourPlayer';

// The kubelet-ca tour: step 1 asks about apiserver-kubelet (answer unverified), step 2 asks nothing.
const tour = tourById(TOURS, 'kubelet-ca')!;

function startAt(step: number) {
  const store = createAppStore({ persist: false });
  applyTourStep(store, TOURS, tour, step);
  return { user: userEvent.setup(), ...renderWithStore(<TourPlayer />, store) };
}

describe('TourPlayer', () => {
  it('hides the asked path until the prediction is revealed, then says whether it was right', async () => {
    const { user, store } = startAt(1);
    expect(selectPredictMask(store.getState())?.path).toBe('apiserver-kubelet');
    await user.click(screen.getByRole('radio', { name: /unverified/ }));
    await user.click(screen.getByRole('button', { name: 'Reveal the answer' }));
    expect(screen.getByTestId('predict-result').textContent).toBe('Right: it is unverified.');
    expect(selectPredictMask(store.getState())).toBeNull();
  });

  it('a wrong guess is named with the right answer', async () => {
    const { user } = startAt(1);
    await user.click(screen.getByRole('radio', { name: /broken/ }));
    await user.click(screen.getByRole('button', { name: 'Reveal the answer' }));
    expect(screen.getByTestId('predict-result').textContent).toBe(
      'Not quite: you said broken; it is unverified.',
    );
  });

  it('skipping reveals the answer and unhides the path', async () => {
    const { user, store } = startAt(1);
    await user.click(screen.getByRole('button', { name: 'Skip and reveal' }));
    expect(screen.getByTestId('predict-result').textContent).toBe('The answer: unverified.');
    expect(store.getState().predictions).toEqual({ 'kubelet-ca:1': 'skipped' });
    expect(selectPredictMask(store.getState())).toBeNull();
  });

  it('keeps an answer when stepping away and back, and forgets it when the tour ends', async () => {
    const { user, store } = startAt(1);
    await user.click(screen.getByRole('button', { name: 'Skip and reveal' }));
    await user.click(screen.getByRole('button', { name: /Next step/ }));
    expect(screen.getByTestId('tour-player').dataset['step']).toBe('2');
    expect(screen.queryByTestId('tour-predict')).toBeNull();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByTestId('tour-player').dataset['step']).toBe('1');
    expect(screen.getByTestId('tour-predict').dataset['revealed']).toBe('true');
    expect(selectPredictMask(store.getState())).toBeNull();
    await user.click(screen.getByRole('button', { name: 'End tour' }));
    expect(store.getState().tour).toBeNull();
    expect(store.getState().predictions).toEqual({});
    // Started again, the question is open again and the path hidden again.
    applyTourStep(store, TOURS, tour, 1);
    expect(selectPredictMask(store.getState())?.path).toBe('apiserver-kubelet');
  });

  it('presenter view turns on high contrast with it', async () => {
    const { user, store } = startAt(2);
    await user.click(screen.getByRole('button', { name: 'Presenter view' }));
    expect([store.getState().presenter, store.getState().highContrast]).toEqual([true, true]);
  });
});
