import { describe, expect, it } from 'vitest';
import { checkPoolSizes, isOnePoolDefault, parsePoolList, poolNameError, toPoolName, withNodeCount, withPoolSizes } from './pools';
import { scenario } from './testing';

// DOMAIN.md §9: a pool name is a DNS label (RFC 1123: 1–63 lower-case letters, digits and '-',
// starting and ending with a letter or digit); 1–20 pools; at least 1 node each, 5,000 in all.
describe('pool limits at their edges', () => {
  it.each<[string, boolean]>([
    ['a', true],
    ['a-b', true],
    ['0', true],
    ['a'.repeat(63), true],
    ['a'.repeat(64), false],
    ['', false],
    ['-a', false],
    ['a-', false],
    ['A', false],
    ['a_b', false],
  ])('pool name %j valid: %s', (name, ok) => {
    expect(poolNameError(name) === null).toBe(ok);
  });

  const pools = (n: number, nodes = 1) => Array.from({ length: n }, (_, i) => ({ name: `p${i}`, nodes }));
  it.each<[string, { name: string; nodes: number }[], boolean]>([
    ['no pool', [], false],
    ['1 pool', pools(1), true],
    ['20 pools', pools(20), true],
    ['21 pools', pools(21), false],
    ['a name listed twice', [{ name: 'a', nodes: 1 }, { name: 'a', nodes: 1 }], false],
    ['0 nodes', [{ name: 'a', nodes: 0 }], false],
    ['1.5 nodes', [{ name: 'a', nodes: 1.5 }], false],
    ['5,000 nodes in all', [{ name: 'a', nodes: 4000 }, { name: 'b', nodes: 1000 }], true],
    ['5,001 nodes in all', [{ name: 'a', nodes: 4000 }, { name: 'b', nodes: 1001 }], false],
  ])('%s: accepted %s', (_, list, ok) => {
    expect(checkPoolSizes(list).ok).toBe(ok);
  });

  it.each<[string, string[] | null]>([
    ['general:10,gpu:2', ['general:10', 'gpu:2']],
    [' a:1 , b:2 ', ['a:1', 'b:2']],
    ['a:', null],
    ['a', null],
    ['a:1:2', null],
    [':3', null],
    ['a:12345678', null],
    ['a:1x', null],
  ])('parsePoolList(%j)', (text, want) => {
    const r = parsePoolList(text);
    expect(r.ok ? r.value.map((p) => `${p.name}:${p.nodes}`) : null).toEqual(want);
  });

  it.each<[string, string]>([
    ['Node_1.example.com', 'node-1-example-com'],
    ['--GPU--', 'gpu'],
    ['***', 'default'],
    ['x'.repeat(70), 'x'.repeat(63)],
    [`${'a'.repeat(62)}-b`, 'a'.repeat(62)],
    [`${'a'.repeat(61)}--b`, 'a'.repeat(61)],
    ['a**b', 'a-b'],
  ])('toPoolName(%j) is %j', (text, want) => {
    expect(toPoolName(text)).toBe(want);
    expect(poolNameError(toPoolName(text))).toBeNull();
  });

  it('calls only a single pool named default the one-pool default', () => {
    expect(isOnePoolDefault(scenario('kubeadm'))).toBe(true);
    expect(isOnePoolDefault(withPoolSizes(scenario('kubeadm'), [{ name: 'a', nodes: 1 }]))).toBe(false);
    expect(isOnePoolDefault(withPoolSizes(scenario('kubeadm'), [{ name: 'default', nodes: 1 }, { name: 'b', nodes: 1 }]))).toBe(false);
  });

  it('resizes only the first pool with withNodeCount', () => {
    const two = withPoolSizes(scenario('kubeadm'), [{ name: 'a', nodes: 1 }, { name: 'b', nodes: 2 }]);
    expect(withNodeCount(two, 7).pools.map((p) => p.nodes)).toEqual([7, 2]);
  });
});
