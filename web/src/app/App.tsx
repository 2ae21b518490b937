import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import { GraphCanvas } from '../components/graph-canvas/GraphCanvas';
import { DatabaseStatus } from '../features/status/components/DatabaseStatus';

// The five governance tiers as bands, global at the top and local at the bottom.
const TIER_BANDS: ElementDefinition[] = ['GLOBAL', 'SUPRANATIONAL', 'NATIONAL', 'REGIONAL', 'LOCAL'].map(
  (tier, index) => ({
    data: { id: `tier-${tier}`, label: tier.charAt(0) + tier.slice(1).toLowerCase() },
    position: { x: 0, y: index * 90 },
  }),
);

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'background-color': '#0072B2',
      color: '#222',
      'font-size': 12,
      'text-valign': 'center',
      'text-halign': 'right',
      'text-margin-x': 8,
    },
  },
];

export function App() {
  return (
    <div className="app">
      <header className="app__header">
        <h1>Tiermap</h1>
        <DatabaseStatus />
      </header>
      <main className="app__main">
        <GraphCanvas elements={TIER_BANDS} style={STYLE} ariaLabel="Map of governance tiers" />
      </main>
    </div>
  );
}
