import { useTabList } from '../../../components/tabs/use-tab-list';
import { LENSES, type Lens } from '../../../lib/view-state';

/** The lenses' names in the tab bar and the shortcuts help. The header's view of funders and recipients is the "Funding table", so that "Funding" names one thing. */
export const LENS_LABELS: Record<Lens, string> = {
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

/**
 * The five lenses as a tab bar: arrow keys, Home and End move between them (the ARIA tabs pattern);
 * keys 1–5 switch too (handled by the app's shortcuts). The legend beside the map shows the chosen lens.
 */
export function LensSwitcher({ value, onChange }: LensSwitcherProps) {
  const tabs = useTabList({ tabs: LENSES, selected: value, onSelect: onChange, label: 'Lens', withPanel: false });
  return (
    <div className="lens-switcher" {...tabs.listProps}>
      {LENSES.map((lens, index) => (
        <button
          key={lens}
          type="button"
          {...tabs.tabProps(lens)}
          className={lens === value ? 'lens-tab lens-tab--active' : 'lens-tab'}
          title={`${LENS_LABELS[lens]} lens (${index + 1})`}
          data-testid={`lens-${lens}`}
        >
          {LENS_LABELS[lens]}
        </button>
      ))}
    </div>
  );
}
