import type { ImportedPool, PoolSource } from '../model/import';

const nodes = (n: number) => `${n} node${n === 1 ? '' : 's'}`;
const source = (s: PoolSource) =>
  `${s.file}:${s.line} ${s.kind}${s.node !== undefined ? ` (node ${s.node})` : ''}`;

/** `analyze --format json`: each pool made from the files, with its sources (README, docs/importing.md). */
export function importedPoolsJson(pools: readonly ImportedPool[]): {
  importedPools: ImportedPool[];
} {
  return {
    importedPools: pools.map((p) => ({ ...p, files: [...p.files], sources: [...p.sources] })),
  };
}

/** The table report's section: how the files were grouped into pools. */
export function importedPoolsText(pools: readonly ImportedPool[]): string {
  if (pools.length === 0) return '';
  const lines = ['', 'POOLS FROM THE FILES'];
  for (const p of pools) {
    lines.push(
      `  ${p.name} (${nodes(p.nodes)}${p.grouping === 'explicit' ? ', --pool' : ''}): ${p.sources.map(source).join(', ')}`,
    );
  }
  return lines.join('\n') + '\n';
}

/** The Markdown report's section: how the files were grouped into pools. */
export function importedPoolsMarkdown(pools: readonly ImportedPool[]): string {
  if (pools.length === 0) return '';
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [
    '## Pools from the imported files',
    '',
    '| pool | nodes | grouped | sources |',
    '|---|---|---|---|',
  ];
  for (const p of pools) {
    lines.push(
      `| \`${p.name}\` | ${p.nodes} | ${p.grouping === 'explicit' ? '`--pool`' : 'by the rules'} | ${cell(p.sources.map(source).join('; '))} |`,
    );
  }
  return lines.join('\n') + '\n';
}
