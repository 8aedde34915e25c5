import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

// Tight visual checks of the panels and the diagram. A diagram screenshot is trusted only with
// the state of every drawn instance asserted first, and an absolute pixel budget far below what
// one path drawn in another state changes (a line in another colour and dash: thousands of pixels).
test.use({ viewport: { width: 1440, height: 900 } });
const DIAGRAM_PIXELS = { maxDiffPixels: 40 };

/** Asserts the data-state of every drawn path instance, by instance key, and that there are no others. */
async function expectInstances(graph: Locator, states: Readonly<Record<string, string>>) {
  const drawn = graph.locator('.kp-paths path.kp-path');
  await expect(drawn).toHaveCount(Object.keys(states).length);
  for (const [key, state] of Object.entries(states)) {
    await expect(graph.locator(`.kp-paths path.kp-path[data-key="${key}"]`), key).toHaveAttribute(
      'data-state',
      state,
    );
  }
}

/** One pool's states, as DOMAIN.md §5 gives them, for a preset's settings. */
const onePool = (pool: string, states: Readonly<Record<string, string>>, frontend: string) => ({
  ...Object.fromEntries(Object.entries(states).map(([id, s]) => [`${id}@${pool}`, s])),
  'apiserver-konnectivity-server': frontend,
});

test('the inspector of a broken apiserver-kubelet path (light)', async ({ app }) => {
  await app.open('?preset=ca-mismatch&select=apiserver-kubelet&theme=light');
  await expect(app.inspector.locator('[data-inspected-path="apiserver-kubelet"]')).toHaveAttribute(
    'data-state',
    'broken',
  );
  await expect(app.page.getByRole('complementary', { name: 'Inspector' })).toHaveScreenshot(
    'inspector-ca-mismatch-light.png',
    {
      maxDiffPixelRatio: 0.005,
    },
  );
});

test('the path table of the hardened preset (dark, table only)', async ({ app }) => {
  await app.open('?preset=hardened&theme=dark&table=true');
  await expect(app.table).toHaveScreenshot('table-hardened-dark.png', { maxDiffPixelRatio: 0.005 });
});

test('the diagram of the konnectivity preset, paths routed through the tunnel (light)', async ({
  app,
}) => {
  await app.open('?preset=konnectivity&theme=light');
  const graph = app.page.getByTestId('graph');
  await expectInstances(
    graph,
    onePool(
      'default',
      {
        'kubelet-apiserver': 'secure',
        'kube-proxy-apiserver': 'secure',
        'pod-apiserver': 'secure',
        'konnectivity-agent-server': 'secure',
        'apiserver-kubelet': 'tunneled',
        'apiserver-proxy-node': 'tunneled',
        'apiserver-proxy-pod': 'tunneled',
        'apiserver-proxy-service': 'tunneled',
        'apiserver-ssh-tunnel': 'disabled',
        'kubelet-readonly': 'disabled',
      },
      'secure',
    ),
  );
  await expect(graph).toHaveScreenshot('graph-konnectivity-light.png', DIAGRAM_PIXELS);
});

test('the diagram of mixed-pools in high contrast (dark, projector): one pool secure, one broken', async ({
  app,
}) => {
  await app.open('?preset=mixed-pools&theme=dark&contrast=high');
  const graph = app.page.getByTestId('graph');
  // kubelet-ca's apiserver (the CA set, proxies over http, no tunnel); pools differ in serving certificates.
  const common = {
    'kubelet-apiserver': 'secure',
    'kube-proxy-apiserver': 'secure',
    'pod-apiserver': 'secure',
    'konnectivity-agent-server': 'disabled',
    'apiserver-proxy-node': 'plaintext',
    'apiserver-proxy-pod': 'plaintext',
    'apiserver-proxy-service': 'plaintext',
    'apiserver-ssh-tunnel': 'disabled',
    'kubelet-readonly': 'disabled',
  };
  await expectInstances(graph, {
    ...onePool('bootstrapped', { ...common, 'apiserver-kubelet': 'secure' }, 'disabled'),
    ...onePool('legacy', { ...common, 'apiserver-kubelet': 'broken' }, 'disabled'),
  });
  await expect(graph).toHaveScreenshot('graph-mixed-pools-dark-contrast.png', DIAGRAM_PIXELS);
});
