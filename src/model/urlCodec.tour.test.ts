import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS } from './presets';
import { stepConfig } from './tour';
import { TOURS } from './tours';
import { decodeQuery as decodeWith, encodeQuery } from './urlCodec';

/** Decodes as the page does once a link's tour catalogue has loaded. */
const decodeQuery = (query: string) => decodeWith(query, { tours: TOURS });

describe('links carry a workshop tour and its step', () => {
  it('reads tour and step', () => {
    const { state, ignored } = decodeQuery('?v=1&preset=kubeadm&tour=proxy&step=3');
    expect(ignored).toEqual([]);
    expect(state.tour).toEqual({ id: 'proxy', step: 3 });
  });

  it('starts a tour without a step at step 1', () => {
    expect(decodeQuery('?tour=ca-mismatch').state.tour).toEqual({ id: 'ca-mismatch', step: 1 });
  });

  it.each<[string, string, string]>([
    ['?tour=nope&step=2', 'tour', 'unknown tour "nope"'],
    ['?step=2', 'step', 'a step needs a tour'],
    ['?tour=proxy&step=two', 'step', '"two" is not a step number 1–4'],
    ['?tour=proxy&step=9', 'step', '9 is outside 1–4; showing step 4'],
    ['?tour=proxy&step=0', 'step', '0 is outside 1–4; showing step 1'],
  ])('%s reports %s: %s', (query, param, reason) => {
    const { ignored } = decodeQuery(query);
    expect(ignored.find((i) => i.param === param)?.reason).toContain(reason);
  });

  it('a hand-written link to a step seen from an attacker position picks that position, unless it names one', () => {
    // The attacker tour's step 3 is "On the link" (tours.ts), written here by hand.
    expect(decodeQuery('?tour=attacker&step=3').state.attacker).toBe('link');
    expect(decodeQuery('?tour=attacker&step=3&attacker=pod').state.attacker).toBe('pod');
    // A link that carries its own scenario (every link the page writes) keeps what it says: nobody.
    expect(decodeQuery('?preset=flags-only&tour=attacker&step=3').state.attacker).toBeUndefined();
  });

  it('ignores an unknown tour but keeps the rest of the link', () => {
    const { state } = decodeQuery('?preset=kubelet-ca&tour=nope&step=2');
    expect(state.tour).toBeUndefined();
    expect(state.preset).toBe('kubelet-ca');
  });

  it('round-trips every step of every tour', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TOURS).chain((t) => fc.tuple(fc.constant(t.id), fc.integer({ min: 1, max: t.steps.length }))),
        fc.boolean(),
        ([id, step], presenter) => {
          const query = encodeQuery({
            preset: 'kubeadm',
            config: PRESETS.kubeadm,
            pods: 3,
            tour: { id, step },
            ...(presenter ? { presenter: true } : {}),
          });
          const { state, ignored } = decodeQuery(query);
          expect(ignored).toEqual([]);
          expect(state.tour).toEqual({ id, step });
          expect(state.presenter).toBe(presenter ? true : undefined);
        },
      ),
    );
  });

  it('writes tour and step as readable parameters', () => {
    const q = encodeQuery({ preset: 'kubeadm', config: PRESETS.kubeadm, pods: 3, tour: { id: 'proxy', step: 4 } });
    expect(q).toBe('?v=1&preset=kubeadm&tour=proxy&step=4');
  });
});

describe('page mode parameters', () => {
  it.each(['?embed=1', '?embed=true'])('%s is embed mode, without a notice', (query) => {
    const { state, ignored } = decodeQuery(query);
    expect(ignored).toEqual([]);
    expect(state.embed).toBe(true);
  });

  it('embed=0 is the normal page', () => {
    const { state, ignored } = decodeQuery('?embed=0');
    expect(ignored).toEqual([]);
    expect(state.embed).toBeUndefined();
  });

  it('reports a presenter value it cannot read', () => {
    expect(decodeQuery('?presenter=yes').ignored).toEqual([{ param: 'presenter', reason: '"yes" is not 1 or 0' }]);
  });

  it('keeps embed and presenter in links it writes', () => {
    const q = encodeQuery({ preset: 'kubeadm', config: PRESETS.kubeadm, pods: 3, presenter: true, embed: true });
    expect(q).toBe('?v=1&preset=kubeadm&presenter=1&embed=1');
  });
});

describe('a tour link without a scenario shows the step’s scenario', () => {
  it.each(TOURS.flatMap((t) => t.steps.map((_, i) => [t.id, i + 1] as const)))('%s step %i', (id, n) => {
    const step = TOURS.find((t) => t.id === id)!.steps[n - 1]!;
    const { state, ignored } = decodeQuery(`?tour=${id}&step=${n}`);
    expect(ignored).toEqual([]);
    expect(state.config).toEqual(stepConfig(step));
    expect(state.select?.id).toBe(step.highlight);
  });

  it('keeps the scenario a link carries', () => {
    const { state } = decodeQuery('?preset=hardened&tour=kubelet-ca&step=2');
    expect(state.config).toEqual(PRESETS.hardened);
    expect(state.preset).toBe('hardened');
  });

  it('keeps an explicit selection', () => {
    expect(decodeQuery('?tour=kubelet-ca&step=2&select=apiserver').state.select).toEqual({ kind: 'component', id: 'apiserver' });
  });
});

describe('without the tour catalogue (the first download has none)', () => {
  it.each(['?tour=proxy&step=3', '?preset=hardened&tour=proxy', '?step=2', '?tour=nope'])(
    '%s is flagged for a second reading, with tour and step neither applied nor reported',
    (query) => {
      const { state, ignored, needsTours } = decodeWith(query);
      expect(needsTours).toBe(true);
      expect(ignored).toEqual([]);
      expect(state.tour).toBeUndefined();
    },
  );

  it('reads the rest of the link as usual', () => {
    const { state, ignored } = decodeWith('?preset=hardened&tour=proxy&step=3&bogus=1');
    expect(state.preset).toBe('hardened');
    expect(ignored).toEqual([{ param: 'bogus', reason: 'unknown parameter' }]);
  });

  it('a link without tour or step needs no second reading', () => {
    expect(decodeWith('?preset=hardened&select=apiserver').needsTours).toBe(false);
    expect(decodeWith('?preset=hardened', { tours: TOURS }).needsTours).toBe(false);
  });
});
