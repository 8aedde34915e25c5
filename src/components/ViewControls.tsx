import { selectHighContrast, selectTableView, selectTheme } from '../state/selectors';
import { useStore } from '../state/useStore';

/** Theme, projector contrast and table-only view toggles. */
export function ViewControls() {
  const theme = useStore(selectTheme);
  const high = useStore(selectHighContrast);
  const table = useStore(selectTableView);
  const setTheme = useStore((s) => s.setTheme);
  const setHigh = useStore((s) => s.setHighContrast);
  const setTable = useStore((s) => s.setTableView);
  return (
    <div className="view-controls" role="group" aria-label="View">
      <button type="button" className="toggle" aria-pressed={theme === 'dark'} onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}>
        <span aria-hidden="true">{theme === 'dark' ? '☾' : '☀'} </span><span className="label-long">Dark theme</span>
      </button>
      <button type="button" className="toggle" aria-pressed={high} onClick={() => setHigh(!high)}>
        <span aria-hidden="true">◐ </span><span className="label-long">High contrast</span>
      </button>
      <button type="button" className="toggle" aria-pressed={table} onClick={() => setTable(!table)}>
        <span aria-hidden="true">☰ </span><span className="label-long">Table only</span>
      </button>
    </div>
  );
}
