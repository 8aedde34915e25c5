/** Details of the selected path or component (issue 3). Placeholder. */
export function Inspector() {
  return null;
}
