import { selectNotices } from '../state/selectors';
import { useStore } from '../state/useStore';

/** Dismissible notices: warnings and errors are alerts, the rest polite status messages. */
export function Notices() {
  const notices = useStore(selectNotices);
  const dismiss = useStore((s) => s.dismiss);
  return (
    <div className="notices" role="status" aria-live="polite" data-testid="notices">
      {notices.map((n) => (
        <div key={n.id} className="notice" data-tone={n.tone} data-notice={n.id} role={n.tone === 'info' ? undefined : 'alert'}>
          <span className="notice-glyph" aria-hidden="true">
            {n.tone === 'info' ? 'ⓘ' : n.tone === 'warning' ? '⚠' : '✖'}
          </span>
          <p className="notice-text">{n.text}</p>
          <button type="button" className="button-small" onClick={() => dismiss(n.id)} aria-label={`Dismiss notice: ${n.text.slice(0, 60)}`}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
