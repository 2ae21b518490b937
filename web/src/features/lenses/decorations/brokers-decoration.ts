import type { LensDecoration } from '../../../lib/lens-decoration';
import type { BrokerAnswer, BrokersAnswer } from '../lens-answers';
import { rolesPlayed } from '../lists/broker-rows';

/** The role an actor plays most often, when it plays any. */
const mainRole = (broker: BrokerAnswer): string | undefined => rolesPlayed(broker.roles)[0]?.role;

/** Brokers lens: size by betweenness; a badge with the main Gould–Fernandez role for the top brokers. */
export function brokersDecoration(brokers: BrokersAnswer): LensDecoration {
  const max = Math.max(...brokers.actors.map((broker) => broker.betweenness), 1e-9);
  const nodeSize = new Map<string, number>();
  const nodeBadge = new Map<string, string>();
  const nodeColour = new Map<string, string>();
  const nodeFacts = new Map<string, string[]>();
  brokers.actors.forEach((broker, rank) => {
    nodeSize.set(broker.actorId, Math.sqrt(broker.betweenness / max));
    nodeFacts.set(broker.actorId, [
      `Betweenness ${broker.betweenness.toFixed(3)} (rank ${rank + 1} of ${brokers.actorCount})`,
      ...(broker.roles.total > 0 ? [`Main brokerage role: ${mainRole(broker)}`] : []),
    ]);
    if (broker.betweenness > 0) nodeColour.set(broker.actorId, '#0072B2');
    const role = mainRole(broker);
    if (role && rank < 25) nodeBadge.set(broker.actorId, role);
  });
  return {
    nodeSize,
    nodeBadge,
    nodeFacts,
    nodeColour,
    greyOthers: true,
    legend: [
      { label: 'Size: betweenness', colour: '#0072B2', shape: 'size', detail: brokers.method.toLowerCase() },
      { label: 'No brokerage (betweenness 0)', colour: '#c4c8cf', shape: 'dot' },
      {
        label: 'Badge: main brokerage role',
        colour: '#1f2933',
        shape: 'dot',
        detail: 'tier as the group (Gould & Fernandez)',
      },
    ],
    note: `Top 25 brokers carry their main role: coordinator, itinerant, gatekeeper, representative or liaison.`,
  };
}
