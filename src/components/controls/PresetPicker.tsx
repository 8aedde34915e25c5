import { isPresetName, PRESET_DESCRIPTIONS, PRESET_NAMES } from '../../model/presets';
import { selectPreset } from '../../state/selectors';
import { useStore } from '../../state/useStore';

/** The seven presets; shows "custom" once the config is edited. */
export function PresetPicker() {
  // Derived from the config: an edit that lands on a preset is that preset (kubeadm + kubelet CA
  // is ca-mismatch).
  const preset = useStore(selectPreset);
  const applyPreset = useStore((s) => s.applyPreset);
  return (
    <div className="control">
      <label htmlFor="ctl-preset" className="control-label">
        Preset
      </label>
      <select
        id="ctl-preset"
        value={preset ?? 'custom'}
        aria-describedby="ctl-preset-help"
        onChange={(e) => {
          const v = e.currentTarget.value;
          if (isPresetName(v)) applyPreset(v);
        }}
      >
        {preset === null ? (
          <option value="custom" disabled>
            custom (edited)
          </option>
        ) : null}
        {PRESET_NAMES.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
      <p id="ctl-preset-help" className="control-help">
        {preset ? PRESET_DESCRIPTIONS[preset] : 'Edited by hand: pick a preset to start again.'}
      </p>
    </div>
  );
}
