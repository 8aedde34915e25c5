/** The always-visible legend of path states (issue 3). Placeholder. */
export function Legend() {
  return null;
}
