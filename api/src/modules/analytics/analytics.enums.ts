import { registerEnumType } from 'type-graphql';

export const GapRuleEnum = { ADJACENT: 'ADJACENT', LOCAL_NATIONAL: 'LOCAL_NATIONAL' } as const;
registerEnumType(GapRuleEnum, {
  name: 'GapRule',
  description: 'Why a tier pair is checked for a vertical gap.',
  valuesConfig: {
    ADJACENT: { description: 'Neighbouring tiers that both have actors on the theme.' },
    LOCAL_NATIONAL: {
      description: 'Local and national, checked directly because no regional actor works on the theme.',
    },
  },
});

export const ShareBasisEnum = { AMOUNT: 'AMOUNT', COUNT: 'COUNT' } as const;
registerEnumType(ShareBasisEnum, {
  name: 'ShareBasis',
  description: 'What funding shares are computed from.',
  valuesConfig: {
    AMOUNT: {
      description: 'Amounts: every grant to the recipient has one, all in one currency, adding up to more than zero.',
    },
    COUNT: { description: 'Number of grants, when amounts are missing or in several currencies.' },
  },
});

export const BetweennessMethodEnum = {
  EXACT: 'EXACT',
  SAMPLED: 'SAMPLED',
  EXACT_FROM_CACHE: 'EXACT_FROM_CACHE',
} as const;
registerEnumType(BetweennessMethodEnum, {
  name: 'BetweennessMethod',
  description: 'How betweenness was computed.',
  valuesConfig: {
    EXACT: { description: 'Brandes (2001) over every source actor (at most 5,000 actors).' },
    SAMPLED: {
      description:
        'Brandes accumulation from a seeded sample of source pivots (Brandes & Pich 2007), with a stated error. Above the exact limit the first answer after a change is sampled while the exact values are summed in the background (see Brokers.exactPending).',
    },
    EXACT_FROM_CACHE: {
      description:
        'Brandes (2001) over every source actor, summed in the background after the graph last changed and served from the cache: the same values as EXACT.',
    },
  },
});

export const BrokerMeasureEnum = {
  BETWEENNESS: 'BETWEENNESS',
  DEGREE: 'DEGREE',
  PAGE_RANK: 'PAGE_RANK',
  CORE_NUMBER: 'CORE_NUMBER',
} as const;
registerEnumType(BrokerMeasureEnum, {
  name: 'BrokerMeasure',
  description: 'What the brokers list is ranked by (highest first; ties keep their betweenness order, then id).',
  valuesConfig: {
    BETWEENNESS: { description: 'Betweenness: lying on shortest paths between others (Brandes 2001).' },
    DEGREE: { description: 'Number of distinct cooperative partners.' },
    PAGE_RANK: {
      description:
        'PageRank (Brin & Page 1998, damping 0.85, as networkx): tied to actors that are themselves well tied.',
    },
    CORE_NUMBER: {
      description:
        'Core number (Batagelj & Zaversnik 2003, as networkx’s core_number): the densest group of mutually tied actors the actor belongs to.',
    },
  },
});

export const EventLayerEnum = { EXCLUDED: 'EXCLUDED', PROJECTED: 'PROJECTED', INCLUDED: 'INCLUDED' } as const;
registerEnumType(EventLayerEnum, {
  name: 'EventLayer',
  description:
    'How events, policy instruments and participations (PARTICIPATES_IN) enter the analyses. Funding, diff and the counts always read every record.',
  valuesConfig: {
    EXCLUDED: {
      description:
        'The default: organisation-to-organisation ties only. Actors of kind EVENT or POLICY_INSTRUMENT and every PARTICIPATES_IN relation are left out; a programme stays with its acting ties (it coordinates, it funds). An event with many participants is then never a broker.',
    },
    PROJECTED: {
      description:
        'The organisation ties plus one co-participation tie per pair of organisations taking part in the same event, programme or statement, weighted by Newman’s 1/(n−1) (n: its participants), summed over what they share. Exact betweenness reads 1/weight as the length of a tie, so a 28-participant academy ties two organisations 27 times more loosely than a partnership.',
    },
    INCLUDED: {
      description:
        'Every record as stored: events as actors, participations as ties (the reading before the event layer).',
    },
  },
});

export const TierSystemKindEnum = { NATIONAL: 'NATIONAL', CORRIDOR: 'CORRIDOR', POOLED: 'POOLED' } as const;
registerEnumType(TierSystemKindEnum, {
  name: 'TierSystemKind',
  description:
    'The system in which tiers are read together. Multi-level governance is a country’s chain (city, region, state) plus the supranational and global bodies that country takes part in.',
  valuesConfig: {
    NATIONAL: {
      description:
        'One country’s system, the default: its LOCAL, REGIONAL and NATIONAL actors (by their country), the SUPRANATIONAL and GLOBAL actors with a cooperative organisation tie to one of them, and EU bodies for the EU’s member states.',
    },
    CORRIDOR: {
      description: 'The systems of a corridor’s countries (origin, transit, destination) read as one, on request.',
    },
    POOLED: {
      description: 'Every actor as one system, tiers of different countries paired, on request (everyCountry).',
    },
  },
});

export const GapStatusEnum = { GAP: 'GAP', TIED: 'TIED', NOT_CHECKED: 'NOT_CHECKED' } as const;
registerEnumType(GapStatusEnum, {
  name: 'GapStatus',
  description: 'What a tier pair of a national system was on a theme on one date of a diff.',
  valuesConfig: {
    GAP: { description: 'Both tiers had actors on the theme, and no cooperative tie on it joined them.' },
    TIED: { description: 'A cooperative tie on the theme joined the two tiers.' },
    NOT_CHECKED: { description: 'Not checked: one of the tiers had no actor on the theme (see GapRule).' },
  },
});

export const CommunityChangeKindEnum = { MERGED: 'MERGED', SPLIT: 'SPLIT' } as const;
registerEnumType(CommunityChangeKindEnum, {
  name: 'CommunityChangeKind',
  description: 'How Louvain communities changed between the two dates of a diff.',
  valuesConfig: {
    MERGED: {
      description: 'Two or more communities on `from` each have most of their members in one community on `to`.',
    },
    SPLIT: {
      description: 'Two or more communities on `to` each have most of their members from one community on `from`.',
    },
  },
});

export const FundingChangeKindEnum = {
  STARTED: 'STARTED',
  STOPPED: 'STOPPED',
  SHARE_CHANGED: 'SHARE_CHANGED',
} as const;
registerEnumType(FundingChangeKindEnum, {
  name: 'FundingChangeKind',
  description: 'How a funder–recipient pair’s funding changed between the two dates of a diff.',
  valuesConfig: {
    STARTED: { description: 'The funder funds the recipient on `to` and did not on `from`.' },
    STOPPED: { description: 'The funder funded the recipient on `from` and does not on `to`.' },
    SHARE_CHANGED: { description: 'The funder’s share of the recipient’s funding moved by at least 0.01.' },
  },
});
