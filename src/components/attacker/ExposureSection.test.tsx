// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Position } from '../../model/attackers';
import { PRESETS, type PresetName } from '../../model/presets';
import type { PathId } from '../../model/types';
import { createAppStore } from '../../state/store';
import { renderWithStore } from '../../test/renderWithStore';
import { PathInspector } from '../inspector/PathInspector';

function inspect(preset: PresetName, id: PathId, attacker: Position | null = null) {
  const store = createAppStore({ persist: false });
  store.getState().replaceConfig(PRESETS[preset], 'preset');
  store.getState().setAttacker(attacker);
  const view = renderWithStore(<PathInspector id={id} instance={`${id}@node-1`} />, store);
  return { user: userEvent.setup(), ...view, section: screen.getByTestId('exposures') };
}
const items = (section: HTMLElement) => [...section.querySelectorAll<HTMLElement>('li.exposure')];

describe('the inspector’s “Who can exploit this”', () => {
  it('lists every position that exploits apiserver → kubelet on flags-only, the picked one first', () => {
    const { section } = inspect('flags-only', 'apiserver-kubelet', 'pod');
    // DOMAIN.md §10 by hand: unverified without the kubelet CA (link, node-network, node) and the
    // anonymous kubelet (anyone, pod, node-network); picker order, the picked position first.
    expect(items(section).map((li) => li.dataset['position'])).toEqual([
      'pod',
      'link',
      'node-network',
      'node',
      'anyone',
    ]);
    expect(items(section)[0]!.dataset['picked']).toBe('true');
    expect(items(section)[0]!.textContent).toContain(
      'Gains: exec in every pod on those nodes and read their service-account tokens.',
    );
  });

  it('links the evidence safely: a new tab without opener or referrer, the label as text', () => {
    const { section } = inspect('flags-only', 'kubelet-readonly');
    const links = within(section).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect([a.getAttribute('target'), a.getAttribute('rel')]).toEqual([
        '_blank',
        'noopener noreferrer',
      ]);
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      expect(a.children).toHaveLength(0);
    }
    expect(links.map((a) => a.textContent)).toContain('kube-bench CIS 4.2.4 (read-only port)');
  });

  it('offers the change that takes a position away, and applying it does', async () => {
    const { section, store, user } = inspect('flags-only', 'apiserver-kubelet', 'pod');
    const pod = items(section)[0]!;
    // The search runs after the inspector has painted.
    expect(within(pod).getByTestId('exposure-fix-searching').textContent).toBe(
      'Looking for the smallest change…',
    );
    await waitFor(() => expect(pod.querySelectorAll('.fix-changes li').length).toBeGreaterThan(0));
    // By hand: refusing anonymous callers needs the apiserver's client certificate and the kubelet's client CA with it.
    expect(
      [...pod.querySelectorAll('.fix-changes li code:first-child')].map((c) => c.textContent),
    ).toEqual([
      '--kubelet-client-certificate and --kubelet-client-key',
      'authentication.anonymous.enabled (--anonymous-auth)',
      'authentication.x509.clientCAFile (--client-ca-file)',
    ]);
    await user.click(within(pod).getByRole('button', { name: 'Apply' }));
    const c = store.getState().config;
    expect([
      c.apiserver.kubeletClientCertificate,
      c.pools[0]!.kubelet.anonymousAuth,
      c.pools[0]!.kubelet.clientCAFile,
    ]).toEqual([true, false, true]);
    expect(store.getState().previous?.cause).toBe('fix');
    expect(
      items(screen.getByTestId('exposures')).map((li) => li.dataset['position']),
    ).not.toContain('pod');
  });

  it('says when no change takes it away: the proxies’ last leg on hardened', async () => {
    const { section } = inspect('hardened', 'apiserver-proxy-pod');
    expect(items(section).map((li) => li.dataset['position'])).toEqual(['node-network']);
    expect(
      (await within(section).findByTestId('exposure-no-fix', {}, { timeout: 5000 })).textContent,
    ).toContain('No change of up to 3 settings');
  });

  it('says nobody when no position gains anything', () => {
    const { section } = inspect('hardened', 'apiserver-kubelet');
    expect(items(section)).toEqual([]);
    expect(section.textContent).toContain(
      'Nobody: no attacker position gains anything from this path while it is secure.',
    );
  });
});
