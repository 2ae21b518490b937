import { LENSES, type Lens } from '../../../lib/view-state';

const LABELS: Record<Lens, string> = {
  ecosystem: 'Ecosystem',
  silos: 'Silos',
  gaps: 'Gaps',
  brokers: 'Brokers',
  funding: 'Funding',
};

export interface LensSwitcherProps {
  value: Lens;
  onChange: (lens: Lens) => void;
}

/** The five lenses as a tab bar; keys 1–5 switch too (handled by the app's shortcuts). */
export function LensSwitcher({ value, onChange }: LensSwitcherProps) {
  return (
    <div className="lens-switcher" role="tablist" aria-label="Lens">
      {LENSES.map((lens, index) => (
        <button
          key={lens}
          type="button"
          role="tab"
          aria-selected={lens === value}
          className={lens === value ? 'lens-tab lens-tab--active' : 'lens-tab'}
          onClick={() => onChange(lens)}
          title={`${LABELS[lens]} lens (${index + 1})`}
          data-testid={`lens-${lens}`}
        >
          {LABELS[lens]}
        </button>
      ))}
    </div>
  );
}
