import type { ChangeKind } from '../../model/compare';

/** A glyph per change kind: compare marks changed paths by shape, never by colour alone. */
export const CHANGE_MARKS: Readonly<Record<ChangeKind, string>> = {
  'became-safe': '▲',
  repaired: '✚',
  removed: '○',
  appeared: '●',
  'became-unsafe': '▼',
  broke: '✖',
  changed: '◆',
  unchanged: '',
};

/** Headings of the compare groups, in display order (bad news first: reviewers look for it). */
export const CHANGE_TITLES: ReadonlyArray<readonly [ChangeKind, string]> = [
  ['broke', 'Broke'],
  ['became-unsafe', 'Became unsafe'],
  ['became-safe', 'Became safe'],
  ['repaired', 'Repaired'],
  ['removed', 'Removed (disabled now)'],
  ['appeared', 'Appeared'],
  ['changed', 'Changed within their class'],
  ['unchanged', 'Unchanged'],
];
