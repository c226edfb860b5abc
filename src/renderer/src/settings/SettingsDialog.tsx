// Reading settings: theme, font, size, line height and width, and reduced motion.

import { Dialog } from '../ui/Dialog';
import { LIMITS, THEME_LABELS, THEMES, type ReaderSettings } from './readerSettings';

interface SettingsDialogProps {
  /** More sections the shell adds, such as sync. */
  children?: React.ReactNode;
  settings: ReaderSettings;
  onChange: (changes: Partial<ReaderSettings>) => void;
  onClose: () => void;
}

interface RangeSettingProps {
  label: string;
  limits: { min: number; max: number; step: number };
  value: number;
  onChange: (value: number) => void;
}

function RangeSetting({ label, limits, value, onChange }: RangeSettingProps): React.JSX.Element {
  return (
    <label className="settings-range">
      {label}
      <input
        type="range"
        min={limits.min}
        max={limits.max}
        step={limits.step}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
      />
    </label>
  );
}

export function SettingsDialog({ settings, onChange, onClose, children }: SettingsDialogProps): React.JSX.Element {
  return (
    <Dialog label="Reading settings" onClose={onClose} closeLabel="Done">
      <h2>Reading settings</h2>
      <fieldset className="settings-group">
        <legend>Theme</legend>
        {THEMES.map((theme) => (
          <label key={theme}>
            <input
              type="radio"
              name="theme"
              value={theme}
              checked={settings.theme === theme}
              onChange={() => onChange({ theme })}
            />{' '}
            {THEME_LABELS[theme]}
          </label>
        ))}
      </fieldset>
      <fieldset className="settings-group">
        <legend>Font</legend>
        <label>
          <input
            type="radio"
            name="font"
            checked={settings.fontFamily === 'serif'}
            onChange={() => onChange({ fontFamily: 'serif' })}
          />{' '}
          Serif
        </label>
        <label>
          <input
            type="radio"
            name="font"
            checked={settings.fontFamily === 'sans'}
            onChange={() => onChange({ fontFamily: 'sans' })}
          />{' '}
          Sans-serif
        </label>
      </fieldset>
      <RangeSetting
        label={`Font size (${settings.fontSize}px)`}
        limits={LIMITS.fontSize}
        value={settings.fontSize}
        onChange={(fontSize) => onChange({ fontSize })}
      />
      <RangeSetting
        label={`Line height (${settings.lineHeight.toFixed(2)})`}
        limits={LIMITS.lineHeight}
        value={settings.lineHeight}
        onChange={(lineHeight) => onChange({ lineHeight })}
      />
      <RangeSetting
        label={`Line width (${settings.lineWidth} characters)`}
        limits={LIMITS.lineWidth}
        value={settings.lineWidth}
        onChange={(lineWidth) => onChange({ lineWidth })}
      />
      <label>
        <input
          type="checkbox"
          checked={settings.reducedMotion}
          onChange={(event) => onChange({ reducedMotion: event.target.checked })}
        />{' '}
        Reduce motion
      </label>
      <p className="muted">Ctrl/Cmd + and − change the text size; Ctrl/Cmd 0 resets it.</p>
      {children}
    </Dialog>
  );
}
