import {
  actorChanges,
  actorInput,
  actorToDraft,
  cleanLines,
  EMPTY_ACTOR_DRAFT,
} from '../../../web/src/features/editing/actor-draft';
import type { EditableActor } from '../../../web/src/lib/domain';

const ACTOR: EditableActor = {
  id: 'a1',
  version: 3,
  name: 'Diaspora Forum',
  aliases: ['DF'],
  localizedAliases: [{ name: 'DF', language: null }],
  identifiers: [],
  kind: 'DIASPORA_ORGANISATION',
  tier: 'LOCAL',
  country: 'IT',
  city: 'Milan',
  originCountries: ['SN'],
  founded: '2004',
  themes: ['integration'],
  populationsServed: ['DIASPORA'],
  services: ['REMITTANCES'],
  languages: ['wo'],
  description: null,
  website: null,
  visibility: 'PUBLIC',
};

describe('actor drafts', () => {
  it('cleans aliases typed one per line: trimmed, no blank lines, no repeats', () => {
    expect(cleanLines(['  DF ', '', 'Forum', 'DF', '   '])).toEqual(['DF', 'Forum']);
  });

  it('sends a new actor with every field, blank optional text as null', () => {
    const input = actorInput({
      ...EMPTY_ACTOR_DRAFT,
      name: '  Casa Senegal ',
      aliases: ['CS', ''],
      country: 'IT',
      city: ' ',
      originCountries: ['SN', 'GM'],
      founded: '2011-05',
    });
    expect(input).toMatchObject({
      name: 'Casa Senegal',
      aliases: ['CS'],
      country: 'IT',
      city: null,
      originCountries: ['SN', 'GM'],
      founded: '2011-05',
      website: null,
      description: null,
    });
  });

  it('sends a changed capacity profile and nothing else', () => {
    const draft = { ...actorToDraft(ACTOR), services: ['REMITTANCES', 'LEGAL_AID'] as const, languages: [] };
    expect(actorChanges(ACTOR, { ...draft, services: [...draft.services] })).toEqual({
      services: ['REMITTANCES', 'LEGAL_AID'],
      languages: [],
    });
    expect(actorInput(EMPTY_ACTOR_DRAFT)).toMatchObject({ populationsServed: [], services: [], languages: [] });
  });

  it('changes nothing when the draft is the actor as loaded', () => {
    expect(actorChanges(ACTOR, actorToDraft(ACTOR))).toEqual({});
  });

  it('sends only what changed, clearing emptied fields with null', () => {
    const draft = {
      ...actorToDraft(ACTOR),
      aliases: ['DF', 'Forum of the Diaspora', ''],
      city: '',
      originCountries: ['SN', 'ML'],
      founded: '2004-03',
    };
    expect(actorChanges(ACTOR, draft)).toEqual({
      aliases: ['DF', 'Forum of the Diaspora'],
      city: null,
      originCountries: ['SN', 'ML'],
      founded: '2004-03',
    });
  });

  it('sends alias languages and identifiers once set, and says when every language is taken off', () => {
    const draft = {
      ...actorToDraft(ACTOR),
      aliasLanguages: { DF: 'fr' },
      identifiers: [
        { scheme: 'WIKIDATA' as const, value: ' Q42 ' },
        { scheme: 'LEI' as const, value: '' },
      ],
    };
    expect(actorChanges(ACTOR, draft)).toEqual({
      localizedAliases: [{ name: 'DF', language: 'fr' }],
      identifiers: [{ scheme: 'WIKIDATA', value: 'Q42' }],
    });
    const tagged = { ...ACTOR, localizedAliases: [{ name: 'DF', language: 'fr' }] };
    expect(actorToDraft(tagged).aliasLanguages).toEqual({ DF: 'fr' });
    expect(actorChanges(tagged, { ...actorToDraft(tagged), aliasLanguages: {} })).toEqual({
      localizedAliases: [{ name: 'DF', language: null }],
    });
  });

  it('does not count a trailing blank alias line, being typed, as a change', () => {
    expect(actorChanges(ACTOR, { ...actorToDraft(ACTOR), aliases: ['DF', ''] })).toEqual({});
  });
});
