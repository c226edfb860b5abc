// Reading settings: theme, font, size, line height and width, and reduced motion.

import { Dialog } from '../components/Dialog';
import { LIMITS, THEME_LABELS, THEMES, type ReaderSettings } from './readerSettings';

interface SettingsDialogProps {
  settings: ReaderSettings;
  onChange: (changes: Partial<ReaderSettings>) => void;
  onClose: () => void;
}

export function SettingsDialog({ settings, onChange, onClose }: SettingsDialogProps): React.JSX.Element {
  return (
    <Dialog label="Reading settings" onClose={onClose}>
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
      <label className="settings-range">
        Font size ({settings.fontSize}px)
        <input
          type="range"
          min={LIMITS.fontSize.min}
          max={LIMITS.fontSize.max}
          step={LIMITS.fontSize.step}
          value={settings.fontSize}
          onChange={(event) => onChange({ fontSize: Number(event.target.value) })}
        />
      </label>
      <label className="settings-range">
        Line height ({settings.lineHeight.toFixed(2)})
        <input
          type="range"
          min={LIMITS.lineHeight.min}
          max={LIMITS.lineHeight.max}
          step={LIMITS.lineHeight.step}
          value={settings.lineHeight}
          onChange={(event) => onChange({ lineHeight: Number(event.target.value) })}
        />
      </label>
      <label className="settings-range">
        Line width ({settings.lineWidth} characters)
        <input
          type="range"
          min={LIMITS.lineWidth.min}
          max={LIMITS.lineWidth.max}
          step={LIMITS.lineWidth.step}
          value={settings.lineWidth}
          onChange={(event) => onChange({ lineWidth: Number(event.target.value) })}
        />
      </label>
      <label>
        <input
          type="checkbox"
          checked={settings.reducedMotion}
          onChange={(event) => onChange({ reducedMotion: event.target.checked })}
        />{' '}
        Reduce motion
      </label>
      <p className="muted">Ctrl/Cmd + and − change the text size; Ctrl/Cmd 0 resets it.</p>
      <div className="editor-actions">
        <button type="button" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}
