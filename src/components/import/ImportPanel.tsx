import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type * as ImporterModule from '../../model/import';
import type { ImportError, ImportOptions, ImportResult } from '../../model/import';
import { PRESET_NAMES, DEFAULT_PRESET, isPresetName, type PresetName } from '../../model/presets';
import { selectCanUndoImport } from '../../state/selectors';
import { useStore } from '../../state/useStore';
import { FileViewer } from './FileViewer';
import { ImportedPools } from './ImportedPools';
import { explicitPools, NO_EDITS, withRenames, type PoolEdits } from './poolGrouping';
import { ProvenanceTable } from './ProvenanceTable';
import { addInputs, readBrowserFiles, type PanelInput } from './readBrowserFiles';
import './import.css';

const where = (e: { file?: string; line?: number }) =>
  e.file ? `${e.file}${e.line !== undefined ? `:${e.line}` : ''}: ` : '';

type Importer = typeof ImporterModule;
let importer: Importer | null = null;
let loading: Promise<Importer> | null = null;
/** The parsers (and the yaml library) load on first use, not with the page: most visits never import. */
const loadImporter = (): Promise<Importer> =>
  (loading ??= import('../../model/import').then((m) => (importer = m)));

function run(
  importFiles: Importer['importFiles'],
  inputs: readonly PanelInput[],
  base: PresetName,
  options: ImportOptions = {},
): ImportResult | null {
  if (inputs.length === 0) return null;
  const readErrors: ImportError[] = inputs.flatMap((i) =>
    i.readError ? [{ file: i.name, message: i.readError }] : [],
  );
  const result = importFiles(
    inputs.filter((i) => !i.readError),
    base,
    options,
  );
  if (readErrors.length === 0) return result;
  return {
    ok: false,
    errors: [...readErrors, ...(result.ok ? [] : result.errors)],
    files: result.files,
  };
}

/** Import real cluster configuration: drop, pick or paste files; review provenance; apply or undo. */
export function ImportPanel() {
  const [inputs, setInputs] = useState<PanelInput[]>([]);
  const [paste, setPaste] = useState('');
  const [base, setBase] = useState<PresetName>(DEFAULT_PRESET);
  const [over, setOver] = useState(false);
  const [reveal, setReveal] = useState<{ file: string; line: number } | null>(null);
  const [status, setStatus] = useState('');
  const picker = useRef<HTMLInputElement>(null);
  const replaceConfig = useStore((s) => s.replaceConfig);
  const undoReplace = useStore((s) => s.undoReplace);
  // The store says what replaced the config last: a preset, plan or fix after the import is not
  // the import, and undoing it from here would put the imported config back.
  const canUndoImport = useStore(selectCanUndoImport);
  const [loaded, setLoaded] = useState<Importer | null>(importer);
  const [loadError, setLoadError] = useState<string | null>(null);
  const needed = inputs.length > 0 || paste !== '';
  useEffect(() => {
    if (!needed || loaded) return;
    let live = true;
    loadImporter().then(
      (m) => live && setLoaded(m),
      (e: unknown) => live && setLoadError(`The importer could not be loaded (${String(e)}); reload the page to try again.`),
    );
    return () => {
      live = false;
    };
  }, [needed, loaded]);
  // The user's pool edits belong to these files and this base: new inputs start from the rules.
  const [edited, setEdits] = useState<{ edits: PoolEdits; inputs: readonly PanelInput[]; base: PresetName } | null>(null);
  const edits = edited && edited.inputs === inputs && edited.base === base ? edited.edits : NO_EDITS;
  const auto = useMemo(
    () => (loaded ? run(loaded.importFiles, inputs, base) : null),
    [loaded, inputs, base],
  );
  // With files moved, the importer runs again with explicit groupings (the CLI's --pool).
  const raw = useMemo(
    () =>
      loaded && auto?.ok && edits.moves.size > 0
        ? run(loaded.importFiles, inputs, base, { pools: explicitPools(auto.pools, edits.moves) })
        : auto,
    [loaded, inputs, base, auto, edits.moves],
  );
  const result = useMemo(() => (raw?.ok ? withRenames(raw, edits.renames) : raw), [raw, edits.renames]);

  const add = async (files: readonly File[]) => {
    if (files.length === 0) return;
    const read = await readBrowserFiles(files);
    setInputs((cur) => addInputs(cur, read));
    setStatus(`Read ${read.length} file${read.length === 1 ? '' : 's'} locally.`);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void add([...e.dataTransfer.files]);
  };
  const revealed = reveal ? inputs.find((i) => i.name === reveal.file) : undefined;

  return (
    <section
      className="import-panel"
      aria-labelledby="import-heading"
      data-testid="import-panel"
      // Fetch the parsers as soon as the panel is approached, so results show without a wait.
      onPointerEnter={() => void loadImporter().catch(() => {})}
      onFocus={() => void loadImporter().catch(() => {})}
    >
      <h2 id="import-heading">Import cluster files</h2>
      <p>
        Files are read in this browser only. Static Pod manifests, systemd units, kubeadm{' '}
        <code>ClusterConfiguration</code>, <code>KubeletConfiguration</code> (YAML or JSON),{' '}
        <code>EgressSelectorConfiguration</code>, konnectivity manifests, or <code>ps</code> output.
      </p>
      <button
        type="button"
        className="import-drop"
        data-over={over}
        onClick={() => picker.current?.click()}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        Drop files here, or press to choose files
      </button>
      <label>
        Choose files{' '}
        <input
          ref={picker}
          type="file"
          multiple
          data-testid="import-file-input"
          onChange={(e) => {
            void add([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </label>
      <label htmlFor="import-paste">Paste a manifest, unit, config or command line</label>
      <textarea
        id="import-paste"
        value={paste}
        onChange={(e) => setPaste(e.target.value)}
        spellCheck={false}
      />
      <div className="import-actions">
        <button
          type="button"
          disabled={paste.trim() === ''}
          onClick={() => {
            setInputs((cur) => addInputs(cur, [{ name: 'pasted text', text: paste }]));
            setPaste('');
          }}
        >
          Add pasted text
        </button>
        <label>
          Base preset for what no file describes{' '}
          <select
            value={base}
            onChange={(e) => isPresetName(e.target.value) && setBase(e.target.value)}
          >
            {PRESET_NAMES.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
      </div>

      {inputs.length > 0 && (
        <>
          <h3>Files</h3>
          <ul className="import-files" data-testid="import-files">
            {inputs.map((i) => {
              const f = result?.files.find((x) => x.name === i.name);
              return (
                <li key={i.name}>
                  <strong>{i.name}</strong>:{' '}
                  {i.readError
                    ? 'not read'
                    : f && f.kinds.length > 0
                      ? f.kinds.join(', ')
                      : 'not recognised'}
                  {f && f.ignored.length > 0 && <> (ignored: {f.ignored.join('; ')})</>}{' '}
                  <button
                    type="button"
                    aria-label={`Remove ${i.name}`}
                    onClick={() => setInputs((cur) => cur.filter((x) => x.name !== i.name))}
                  >
                    Remove
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}

      {inputs.length > 0 && !loaded && (
        <p role={loadError ? 'alert' : undefined} data-testid="import-loading">
          {loadError ?? 'Loading the importer…'}
        </p>
      )}

      {result && !result.ok && (
        <div role="alert" data-testid="import-errors">
          <h3>Cannot import: nothing was changed</h3>
          {edits.moves.size > 0 ? <p>With the files moved between pools:</p> : null}
          <ul className="import-errors">
            {result.errors.map((e, n) => (
              <li key={n}>
                {where(e)}
                {e.message}
              </li>
            ))}
          </ul>
          {edits.moves.size > 0 ? (
            <button type="button" onClick={() => setEdits(null)}>
              Back to the importer’s grouping
            </button>
          ) : null}
        </div>
      )}

      {result && result.ok && (
        <>
          {auto?.ok && raw?.ok && result.pools.length > 0 ? (
            <ImportedPools
              auto={auto.pools}
              raw={raw}
              shown={result}
              edits={edits}
              onEdits={(e) => setEdits({ edits: e, inputs, base })}
            />
          ) : null}
          <h3>Derived settings</h3>
          <ProvenanceTable result={result} onReveal={(file, line) => setReveal({ file, line })} />
          {revealed && reveal && (
            <FileViewer name={revealed.name} text={revealed.text} line={reveal.line} />
          )}
          <h3>Assumed</h3>
          <ul className="import-assumed" data-testid="import-assumed">
            {Object.entries(result.provenance)
              .filter(([, p]) => p.kind === 'assumed')
              .map(([k]) => (
                <li key={k}>
                  <code>{k}</code> from preset {base}
                </li>
              ))}
          </ul>
          <h3>Warnings</h3>
          {result.warnings.length === 0 ? (
            <p>None.</p>
          ) : (
            <ul className="import-warnings" data-testid="import-warnings">
              {result.warnings.map((w, n) => (
                <li key={n}>
                  {where(w)}
                  {w.message}
                </li>
              ))}
            </ul>
          )}
        </>
      )}

      <div className="import-actions">
        <button
          type="button"
          disabled={!result || !result.ok}
          onClick={() => {
            if (!result || !result.ok) return;
            replaceConfig(result.config, 'import');
            const pools = result.config.pools.map((p) => `${p.name} (${p.nodes} node${p.nodes === 1 ? '' : 's'})`);
            setStatus(
              `Applied the import of ${inputs.length} file${inputs.length === 1 ? '' : 's'}: ${pools.length === 1 ? 'pool' : `${pools.length} pools`} ${pools.join(', ')}.`,
            );
          }}
        >
          Apply import
        </button>
        <button
          type="button"
          disabled={!canUndoImport}
          onClick={() => {
            undoReplace();
            setStatus('Returned to the previous scenario.');
          }}
        >
          Undo import
        </button>
      </div>
      <p role="status" data-testid="import-status">
        {status}
      </p>
    </section>
  );
}
