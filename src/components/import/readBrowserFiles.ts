import { MAX_INPUT } from '../../model/import/limits';

/** An input as the panel holds it: text read in the browser, or why it could not be read. */
export interface PanelInput {
  readonly name: string;
  readonly text: string;
  readonly readError?: string;
}

/** Reads picked or dropped files locally (File.text); nothing leaves the browser. */
export async function readBrowserFiles(files: readonly File[]): Promise<PanelInput[]> {
  return Promise.all(
    files.map(async (f): Promise<PanelInput> => {
      if (f.size > MAX_INPUT) {
        return {
          name: f.name,
          text: '',
          readError: `file is ${(f.size / 1024 / 1024).toFixed(1)} MB, over the 5 MB limit`,
        };
      }
      try {
        return { name: f.name, text: await f.text() };
      } catch {
        return { name: f.name, text: '', readError: 'cannot read this file' };
      }
    }),
  );
}

/** Appends inputs, renaming duplicates so each file stays addressable by name. */
export function addInputs(
  current: readonly PanelInput[],
  added: readonly PanelInput[],
): PanelInput[] {
  const out = [...current];
  for (const a of added) {
    let name = a.name;
    for (let i = 2; out.some((x) => x.name === name); i++) name = `${a.name} (${i})`;
    out.push({ ...a, name });
  }
  return out;
}
