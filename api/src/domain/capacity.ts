import type { Term } from './vocabulary-terms';

/**
 * A civil-society actor's capacity profile (issue 20 point 7): whom it serves and what it offers, in
 * closed vocabularies so that two profiles can be compared, plus the languages it works in
 * (`language-names.ts`). The terms follow the seed documents' own words (PRODUCT.md §2): "support for
 * unaccompanied minors", "victims of human trafficking", "undocumented and irregular migrants",
 * "housing, language learning", "legal aid", "psychosocial support".
 */
export const POPULATION_TERMS = {
  REFUGEES: { label: 'Refugees', description: 'People recognised as refugees or under international protection.' },
  ASYLUM_SEEKERS: { label: 'Asylum seekers', description: 'People whose asylum claim is pending.' },
  UNACCOMPANIED_CHILDREN: {
    label: 'Unaccompanied children',
    description: 'Children on the move without a parent or guardian (unaccompanied and separated minors).',
  },
  CHILDREN_AND_YOUTH: {
    label: 'Migrant children',
    description: 'Migrant children and young people, with or without their families.',
  },
  FAMILIES: { label: 'Families', description: 'Migrant families, family reunification.' },
  WOMEN: { label: 'Women and girls', description: 'Migrant women and girls, including survivors of violence.' },
  LABOUR_MIGRANTS: { label: 'Labour migrants', description: 'Migrant workers, seasonal and domestic workers.' },
  STUDENTS: { label: 'Students', description: 'International students and trainees.' },
  UNDOCUMENTED: { label: 'Undocumented migrants', description: 'Migrants in an irregular situation.' },
  VICTIMS_OF_TRAFFICKING: {
    label: 'Victims of trafficking',
    description: 'Survivors of trafficking in persons and of severe labour exploitation.',
  },
  RETURNEES: {
    label: 'Returnees',
    description: 'People returning to their country of origin, and their reintegration.',
  },
  DIASPORA: { label: 'Diaspora', description: 'Members of a diaspora and their organisations.' },
  STATELESS: { label: 'Stateless people', description: 'People no state recognises as its nationals.' },
  INTERNALLY_DISPLACED: { label: 'Internally displaced', description: 'People displaced within their own country.' },
  PEOPLE_IN_DISTRESS_AT_SEA: {
    label: 'People in distress at sea',
    description: 'People rescued at sea or on land routes.',
  },
  HOST_COMMUNITIES: { label: 'Host communities', description: 'Residents of the places where newcomers settle.' },
} as const satisfies Readonly<Record<string, Term>>;
export type Population = keyof typeof POPULATION_TERMS;
export const POPULATIONS = Object.keys(POPULATION_TERMS) as Population[];

export const SERVICE_TERMS = {
  LEGAL_AID: { label: 'Legal aid', description: 'Legal advice and representation, asylum and residence procedures.' },
  HOUSING: { label: 'Housing', description: 'Accommodation, shelter and help to find a home.' },
  LANGUAGE_COURSES: { label: 'Language courses', description: 'Teaching the host country’s language.' },
  EMPLOYMENT: { label: 'Employment', description: 'Job placement, skills, recognition of qualifications.' },
  HEALTH: { label: 'Health care', description: 'Medical care and access to health services.' },
  PSYCHOSOCIAL: { label: 'Psychosocial support', description: 'Mental health and psychosocial support.' },
  EDUCATION: { label: 'Education', description: 'Schooling, training and education beyond language courses.' },
  INTERPRETING: { label: 'Interpreting', description: 'Interpreting, translation and cultural mediation.' },
  INFORMATION: { label: 'Information and orientation', description: 'Information, counselling and orientation.' },
  HUMANITARIAN_AID: { label: 'Humanitarian aid', description: 'Food, clothing, emergency relief and rescue.' },
  REMITTANCES: { label: 'Remittances', description: 'Sending money home, financial literacy.' },
  INVESTMENT: { label: 'Investment', description: 'Diaspora investment and enterprise in countries of origin.' },
  ADVOCACY: { label: 'Advocacy', description: 'Speaking for migrants in policy making.' },
  RESEARCH: { label: 'Research', description: 'Research, data and evidence.' },
  COMMUNITY_BUILDING: {
    label: 'Community building',
    description: 'Bringing newcomers and residents together, mentoring, sponsorship.',
  },
  CAPACITY_BUILDING: { label: 'Capacity building', description: 'Training and support for other organisations.' },
} as const satisfies Readonly<Record<string, Term>>;
export type Service = keyof typeof SERVICE_TERMS;
export const SERVICES = Object.keys(SERVICE_TERMS) as Service[];

/** Whether a value is a population of the vocabulary. */
export function isPopulation(value: string): value is Population {
  return Object.hasOwn(POPULATION_TERMS, value);
}

/** Whether a value is a service of the vocabulary. */
export function isService(value: string): value is Service {
  return Object.hasOwn(SERVICE_TERMS, value);
}
