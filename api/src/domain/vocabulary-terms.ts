import type {
  ActorKind,
  EngagementLevel,
  FundingForm,
  FundingSource,
  FundingTerm,
  Mode,
  ParticipationRole,
  RelationType,
  Tier,
  Visibility,
} from './vocabulary';

export interface Term {
  readonly label: string;
  readonly description: string;
}

export const TIER_TERMS: Readonly<Record<Tier, Term>> = {
  LOCAL: { label: 'Local', description: 'Cities, municipalities and local organisations.' },
  REGIONAL: {
    label: 'Regional',
    description: 'Regions, provinces, states within a country, and organisations working at that level.',
  },
  NATIONAL: { label: 'National', description: 'National governments, agencies and country-wide organisations.' },
  SUPRANATIONAL: {
    label: 'Supranational',
    description: 'Bodies above the nation state in one world region, e.g. the EU and continental networks.',
  },
  GLOBAL: { label: 'Global', description: 'UN agencies, global forums, networks and mechanisms.' },
};

export const KIND_TERMS: Readonly<Record<ActorKind, Term>> = {
  MINISTRY: { label: 'Ministry', description: 'A national ministry or government department.' },
  NATIONAL_AGENCY: {
    label: 'National agency',
    description: 'A public agency, office or other state body at national level.',
  },
  REGIONAL_AUTHORITY: { label: 'Regional authority', description: 'The government of a region, province or state.' },
  MUNICIPALITY: { label: 'Municipality', description: 'A city or municipal government.' },
  NGO: { label: 'NGO', description: 'A non-governmental, non-profit organisation.' },
  MIGRANT_LED_ORGANISATION: {
    label: 'Migrant-led organisation',
    description: 'An organisation led by migrants or refugees.',
  },
  DIASPORA_ORGANISATION: {
    label: 'Diaspora organisation',
    description: 'An organisation of a diaspora, tied to a country of origin.',
  },
  FAITH_BASED_ORGANISATION: {
    label: 'Faith-based organisation',
    description: 'A religious or faith-inspired organisation.',
  },
  FOUNDATION: { label: 'Foundation', description: 'A philanthropic foundation or grant-maker.' },
  BUSINESS: { label: 'Business', description: 'A company or private employer.' },
  EMPLOYER_ASSOCIATION: { label: 'Employer association', description: 'An association of employers or businesses.' },
  TRADE_UNION: { label: 'Trade union', description: 'A workers’ union or federation of unions.' },
  INTERNATIONAL_ORGANISATION: {
    label: 'International organisation',
    description: 'An intergovernmental organisation outside the UN system.',
  },
  UN_AGENCY: { label: 'UN agency', description: 'A United Nations agency, fund, programme or body.' },
  EU_BODY: { label: 'EU body', description: 'An institution, agency or body of the European Union.' },
  ACADEMIC: { label: 'Academic', description: 'A university, research centre or think tank.' },
  NETWORK: { label: 'Network', description: 'A network, coalition or alliance of organisations or cities.' },
  FORUM_OR_MECHANISM: {
    label: 'Forum or mechanism',
    description: 'A forum, dialogue, process or mechanism where actors meet.',
  },
  PROGRAMME_OR_FUND: {
    label: 'Programme or fund',
    description: 'A programme, initiative or fund with its own identity.',
  },
  COMMUNITY_GROUP: { label: 'Community group', description: 'An informal or grassroots community group.' },
  EVENT: {
    label: 'Event',
    description:
      'An occasion organisations take part in: an academy, a summit, a conference, a consultation round. Not an organisation: left out of brokerage unless the event layer is included.',
  },
  POLICY_INSTRUMENT: {
    label: 'Policy instrument',
    description:
      'A strategy, compact, plan or coalition statement that organisations sign, fund or implement (PARTICIPATES_IN).',
  },
  MEDIA: { label: 'Media', description: 'A newspaper, broadcaster or other media outlet.' },
  SCHOOL: { label: 'School', description: 'A school or other educational establishment below university level.' },
  PARLIAMENT: { label: 'Parliament', description: 'A parliament, assembly or council that legislates.' },
  COURT: { label: 'Court', description: 'A court or tribunal.' },
  OTHER: { label: 'Other', description: 'Any other kind of actor.' },
};

export const RELATION_TYPE_TERMS: Readonly<Record<RelationType, Term>> = {
  FUNDS: { label: 'Funds', description: 'Source gives money to target (amount, currency and period where known).' },
  CONTRACTS: {
    label: 'Contracts',
    description: 'Source (usually a government) sub-contracts service delivery to target.',
  },
  DELIVERS_SERVICES_FOR: {
    label: 'Delivers services for',
    description: 'Source delivers services on behalf of target.',
  },
  PARTNERS_WITH: { label: 'Partners with', description: 'Source and target work together as partners.' },
  MEMBER_OF: { label: 'Member of', description: 'Source is a member of target (a network, forum or body).' },
  CONSULTS: { label: 'Consults', description: 'Source consults target (asks for its views or input).' },
  COORDINATES: { label: 'Coordinates', description: 'Source coordinates or leads target or its work.' },
  ADVOCATES_TO: { label: 'Advocates to', description: 'Source advocates or lobbies target.' },
  SPONSORS: { label: 'Sponsors', description: 'Source sponsors target, e.g. community sponsorship of refugees.' },
  SHARES_DATA_WITH: { label: 'Shares data with', description: 'Source shares data or information with target.' },
  DECENTRALISED_COOPERATION: {
    label: 'Decentralised cooperation',
    description: 'City-to-city or region-to-region cooperation.',
  },
  SUPPORTS: { label: 'Supports', description: 'Source supports target in a way not covered by a more specific type.' },
  CHALLENGES: {
    label: 'Challenges',
    description: 'Source challenges target: litigation, campaigning against, public criticism.',
  },
  ESTABLISHED: { label: 'Established', description: 'Source founded or established target.' },
  PART_OF: {
    label: 'Part of',
    description: 'Source is a unit inside target, e.g. an office inside a ministry or a city administration.',
  },
  PARTICIPATES_IN: {
    label: 'Participates in',
    description:
      'Source takes part in target (an event, programme or statement) with a role: organiser, funder, implementer, partner, participant or beneficiary.',
  },
  SUCCEEDS: {
    label: 'Succeeds',
    description: 'Source is the continuation of target from the date given (a renamed or reorganised institution).',
  },
  MERGED_INTO: {
    label: 'Merged into',
    description: 'Source merged into target on the date given; its ties pass to target.',
  },
  SPLIT_FROM: { label: 'Split from', description: 'Source was split off from target on the date given.' },
};

export const PARTICIPATION_ROLE_TERMS: Readonly<Record<ParticipationRole, Term>> = {
  ORGANISER: { label: 'Organiser', description: 'Convenes, hosts or leads the event or programme.' },
  FUNDER: { label: 'Funder', description: 'Pays for the event or programme.' },
  IMPLEMENTER: { label: 'Implementer', description: 'Carries out the programme or part of it.' },
  PARTNER: { label: 'Partner', description: 'Works on it with the organiser (a co-host, a venue, a partner agency).' },
  PARTICIPANT: { label: 'Participant', description: 'Attends, speaks or signs; takes part without running it.' },
  BENEFICIARY: { label: 'Beneficiary', description: 'Receives the programme’s support.' },
};

export const FUNDING_SOURCE_TERMS: Readonly<Record<FundingSource, Term>> = {
  PUBLIC: {
    label: 'Public',
    description: 'State money: a government, or a supranational or global body financed by states.',
  },
  PRIVATE: { label: 'Private', description: 'Money of a business or another market actor.' },
  PHILANTHROPIC: { label: 'Philanthropic', description: 'Money of a foundation, a donor or a charity’s own funds.' },
};

export const FUNDING_TERM_TERMS: Readonly<Record<FundingTerm, Term>> = {
  MULTI_YEAR: { label: 'Multi-year', description: 'Committed for more than one year (core or programme funding).' },
  SHORT_TERM: { label: 'Short-term', description: 'One year or less: a project grant, an emergency allocation.' },
};

export const FUNDING_FORM_TERMS: Readonly<Record<FundingForm, Term>> = {
  GRANT: { label: 'Grant', description: 'Money for the recipient’s own work.' },
  REGRANT: {
    label: 'Re-grant',
    description: 'Money the recipient passes on to others: its onward funding is financed by it first.',
  },
  IN_KIND: { label: 'In kind', description: 'Goods, staff or premises: listed, but added to no sum of money.' },
};

export const MODE_TERMS: Readonly<Record<Mode, Term>> = {
  COOPERATION: { label: 'Cooperation', description: 'Similar goals and similar means (Najam 2000).' },
  COMPLEMENTARITY: { label: 'Complementarity', description: 'Similar goals, different means.' },
  CONFRONTATION: { label: 'Confrontation', description: 'Different goals and different means.' },
  CO_OPTATION: { label: 'Co-optation', description: 'Different goals, similar means: one side absorbs the other.' },
};

export const ENGAGEMENT_TERMS: Readonly<Record<EngagementLevel, Term>> = {
  INFORM: { label: 'Inform', description: 'One-way information (IAP2 spectrum, lowest level).' },
  CONSULT: { label: 'Consult', description: 'Feedback is asked for on analysis, options or decisions.' },
  INVOLVE: { label: 'Involve', description: 'Concerns are worked with directly throughout the process.' },
  COLLABORATE: { label: 'Collaborate', description: 'Partnership in each aspect of the decision.' },
  EMPOWER: {
    label: 'Empower',
    description: 'Final decision-making is in the hands of the public or partner (highest level).',
  },
};

export const VISIBILITY_TERMS: Readonly<Record<Visibility, Term>> = {
  PUBLIC: { label: 'Public', description: 'Anyone, including anonymous visitors, may see it.' },
  WORKSPACE: { label: 'Workspace', description: 'Only members of the workspace may see it.' },
  RESTRICTED: { label: 'Restricted', description: 'Only owners and editors, or named users, may see it.' },
};
