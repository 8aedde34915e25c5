/** Import real cluster configuration files (issue 4). Placeholder. */
export function ImportPanel() {
  return null;
}
