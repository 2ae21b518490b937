import type { Theme } from '../../../lib/domain';

export interface ThemePickerProps {
  themes: readonly Theme[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  id?: string;
}

/** Checkboxes for the workspace's themes. */
export function ThemePicker({ themes, value, onChange, id }: ThemePickerProps) {
  return (
    <div className="theme-picker" id={id}>
      {themes.map((theme) => (
        <label key={theme.id}>
          <input
            type="checkbox"
            checked={value.includes(theme.id)}
            onChange={() =>
              onChange(value.includes(theme.id) ? value.filter((t) => t !== theme.id) : [...value, theme.id])
            }
          />
          {theme.label}
        </label>
      ))}
    </div>
  );
}
