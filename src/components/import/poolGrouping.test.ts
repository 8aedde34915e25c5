import { describe, expect, it } from 'vitest';
import type { ImportedPool } from '../../model/import';
import { explicitPools, newPoolName, sharedFiles } from './poolGrouping';

const pool = (name: string, files: string[]): ImportedPool => ({
  name,
  nodes: 1,
  files,
  sources: [],
  grouping: 'automatic',
});
// a: a.yaml; b: b.service and b.yaml; a session file with two nodes' configz feeds c and d.
const AUTO = [
  pool('a', ['a.yaml']),
  pool('b', ['b.service', 'b.yaml']),
  pool('c', ['session.txt']),
  pool('d', ['session.txt']),
];

describe('explicitPools', () => {
  it('makes explicit only the pools a file moved into', () => {
    expect(explicitPools(AUTO, new Map([['b.service', 'a']]))).toEqual([
      { name: 'a', files: ['a.yaml', 'b.service'] },
    ]);
  });

  it('a file moved away leaves its pool, even when that pool is explicit too (two files swapped)', () => {
    const swapped = explicitPools(
      AUTO,
      new Map([
        ['b.service', 'a'],
        ['a.yaml', 'b'],
      ]),
    );
    expect(swapped).toEqual([
      { name: 'a', files: ['b.service'] },
      { name: 'b', files: ['b.yaml', 'a.yaml'] },
    ]);
    // No file is claimed twice (the importer refuses that).
    const files = swapped.flatMap((p) => p.files);
    expect(new Set(files).size).toBe(files.length);
  });

  it('a pool that shares a file with another pool does not claim it', () => {
    expect(explicitPools(AUTO, new Map([['a.yaml', 'c']]))).toEqual([
      { name: 'c', files: ['a.yaml'] },
    ]);
    expect([...sharedFiles(AUTO)]).toEqual(['session.txt']);
  });

  it('a new pool is named apart from every pool and every name already given', () => {
    expect(newPoolName(AUTO)).toBe('pool-5');
    expect(newPoolName(AUTO, ['pool-5'])).toBe('pool-6');
  });
});
