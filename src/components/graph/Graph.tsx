/** The D3-computed, React-rendered diagram of every path (issue 3). Placeholder. */
export function Graph() {
  return <section aria-label="Diagram" className="graph" data-testid="graph" />;
}
