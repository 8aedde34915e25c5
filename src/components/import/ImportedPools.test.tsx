// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture as text } from '../../model/import/testHelpers';
import { renderWithStore } from '../../test/renderWithStore';
import { ImportPanel } from './ImportPanel';

// Two pools' files (src/model/import/fixtures): pool a's KubeletConfiguration (anonymous auth,
// AlwaysAllow, read-only port 10255, self-signed), and pool b's KubeletConfiguration (webhook,
// client CA, serverTLSBootstrap) with the unit whose --config names it.
const FILES = ['pool-a-kubelet.yaml', 'pool-b-kubelet.service', 'pool-b-kubelet.yaml'];
const fixture = (name: string) => new File([text(name)], name, { type: 'text/plain' });

async function upload() {
  const user = userEvent.setup();
  const view = renderWithStore(<ImportPanel />);
  await user.upload(screen.getByTestId('import-file-input'), FILES.map(fixture));
  await waitFor(() => expect(screen.getByTestId('import-pools')).toBeTruthy());
  return { user, ...view };
}

/** Each pool as `name: file, file (grouping)`. */
const pools = () =>
  [...screen.getByTestId('import-pools').querySelectorAll<HTMLElement>('.import-pool')].map(
    (li) =>
      `${li.dataset['pool']}: ${[...li.querySelectorAll<HTMLElement>('[data-file]')].map((f) => f.dataset['file']).join(', ')} (${li.dataset['grouping']})`,
  );
const moveSelect = (file: string) => screen.getByLabelText<HTMLSelectElement>(`Pool for ${file}`);

describe('ImportPanel: the pools an import formed', () => {
  it('lists each pool with its files and sources: the unit joins the configuration its --config names', async () => {
    await upload();
    expect(pools()).toEqual([
      'pool-a-kubelet: pool-a-kubelet.yaml (automatic)',
      'pool-b-kubelet: pool-b-kubelet.service, pool-b-kubelet.yaml (automatic)',
    ]);
    const unit = screen
      .getByTestId('import-pools')
      .querySelector<HTMLElement>('[data-file="pool-b-kubelet.service"]')!;
    expect(unit.textContent).toContain('kubelet flags (line 6)');
  });

  it('moves a file to another pool or to a new one, and back', async () => {
    const { user } = await upload();
    await user.selectOptions(moveSelect('pool-b-kubelet.service'), 'pool-a-kubelet');
    expect(pools()).toEqual([
      'pool-a-kubelet: pool-a-kubelet.yaml, pool-b-kubelet.service (explicit)',
      'pool-b-kubelet: pool-b-kubelet.yaml (automatic)',
    ]);
    await user.selectOptions(moveSelect('pool-b-kubelet.service'), 'a new pool');
    expect(pools()).toEqual([
      'pool-3: pool-b-kubelet.service (explicit)',
      'pool-a-kubelet: pool-a-kubelet.yaml (automatic)',
      'pool-b-kubelet: pool-b-kubelet.yaml (automatic)',
    ]);
    await user.selectOptions(moveSelect('pool-b-kubelet.service'), 'pool-b-kubelet');
    expect(pools()).toEqual([
      'pool-a-kubelet: pool-a-kubelet.yaml (automatic)',
      'pool-b-kubelet: pool-b-kubelet.service, pool-b-kubelet.yaml (automatic)',
    ]);
  });

  it('renames a pool before Apply; a bad name is refused; Apply takes the pools as shown, in one undoable step', async () => {
    const { user, store } = await upload();
    const name = screen.getByLabelText<HTMLInputElement>('Name of imported pool 1');
    await user.clear(name);
    await user.type(name, 'pool-b-kubelet{Enter}');
    expect(within(screen.getByTestId('import-pools')).getByRole('alert').textContent).toBe(
      '✖ Pool 2 is already named "pool-b-kubelet": pool names are unique. The pool keeps its name pool-a-kubelet.',
    );
    expect(name.value).toBe('pool-b-kubelet');
    await user.clear(name);
    await user.type(name, 'legacy{Enter}');
    await user.selectOptions(moveSelect('pool-b-kubelet.service'), 'legacy');
    expect(pools()).toEqual([
      'legacy: pool-a-kubelet.yaml, pool-b-kubelet.service (explicit)',
      'pool-b-kubelet: pool-b-kubelet.yaml (automatic)',
    ]);
    // The provenance table follows the new name.
    expect(document.querySelector('[data-key="pools.legacy.kubelet.readOnlyPort"]')).not.toBeNull();
    const before = store.getState().config;
    await user.click(screen.getByRole('button', { name: 'Apply import' }));
    const c = store.getState().config;
    expect(c.pools.map((p) => `${p.name}:${p.nodes}`)).toEqual(['legacy:1', 'pool-b-kubelet:1']);
    expect(c.pools[0]!.kubelet).toMatchObject({
      anonymousAuth: true,
      authorizationMode: 'AlwaysAllow',
      readOnlyPort: 10255,
      servingCertificate: 'self-signed',
    });
    expect(c.pools[1]!.kubelet).toMatchObject({
      clientCAFile: true,
      authorizationMode: 'Webhook',
      servingCertificate: 'tls-bootstrap',
    });
    expect(store.getState().previous).toEqual({ config: before, cause: 'import' });
    expect(screen.getByTestId('import-status').textContent).toBe(
      'Applied the import of 3 files: 2 pools legacy (1 node), pool-b-kubelet (1 node).',
    );
  });

  it('goes back to the importer’s grouping and names', async () => {
    const { user } = await upload();
    await user.selectOptions(moveSelect('pool-b-kubelet.service'), 'pool-a-kubelet');
    await user.click(
      screen.getByRole('button', { name: 'Back to the importer’s grouping and names' }),
    );
    expect(pools()).toEqual([
      'pool-a-kubelet: pool-a-kubelet.yaml (automatic)',
      'pool-b-kubelet: pool-b-kubelet.service, pool-b-kubelet.yaml (automatic)',
    ]);
  });
});
