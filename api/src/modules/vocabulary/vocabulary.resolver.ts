import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../../context';
import { COUNTRY_NAMES } from '../../domain/country-names';
import { POPULATION_TERMS, SERVICE_TERMS } from '../../domain/capacity';
import { LANGUAGE_NAMES } from '../../domain/language-names';
import {
  ENGAGEMENT_TERMS,
  FUNDING_FORM_TERMS,
  FUNDING_SOURCE_TERMS,
  FUNDING_TERM_TERMS,
  KIND_TERMS,
  MODE_TERMS,
  PARTICIPATION_ROLE_TERMS,
  RELATION_TYPE_TERMS,
  TIER_TERMS,
  type Term,
} from '../../domain/vocabulary-terms';
import {
  ACTOR_KINDS,
  BUILT_IN_THEMES,
  ENGAGEMENT_LEVELS,
  KIND_SECTOR,
  MODES,
  PARTICIPATION_ROLES,
  RELATION_TYPES,
  SECTORS,
  TIERS,
} from '../../domain/vocabulary';
import { NotFoundError } from '../../errors';
import { findWorkspace, workspaceThemes } from '../../repositories/workspace.repository';
import { Vocabulary } from './vocabulary.type';

const terms = (entries: Readonly<Record<string, Term>>) =>
  Object.entries(entries).map(([id, term]) => ({ id, ...term }));

@Resolver(() => Vocabulary)
export class VocabularyResolver {
  @Query(() => Vocabulary, {
    description:
      'Tiers, kinds, relation types, modes, engagement levels, themes, populations, services, funding modalities, languages and countries, with labels and descriptions.',
  })
  async vocabulary(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('workspace', () => ID, { nullable: true, description: 'Workspace id or slug, to include its own themes.' })
    workspace?: string | null,
  ): Promise<Vocabulary> {
    let themes = BUILT_IN_THEMES.map((theme) => ({ ...theme }));
    if (workspace) {
      const found = await findWorkspace(db, viewer, workspace);
      if (!found) throw new NotFoundError('Workspace', workspace, 'workspace');
      themes = await db.readTransaction((tx) => workspaceThemes(tx, found.id));
    }
    const builtIn = new Set(BUILT_IN_THEMES.map((theme) => theme.id));
    return {
      tiers: [...TIERS],
      kinds: [...ACTOR_KINDS],
      sectors: [...SECTORS],
      relationTypes: [...RELATION_TYPES],
      modes: [...MODES],
      participationRoles: [...PARTICIPATION_ROLES],
      engagementLevels: [...ENGAGEMENT_LEVELS],
      themes: themes.map((theme) => ({ ...theme, builtIn: builtIn.has(theme.id) })),
      tierTerms: terms(TIER_TERMS),
      kindTerms: terms(KIND_TERMS).map((term) => ({
        ...term,
        sector: KIND_SECTOR[term.id as keyof typeof KIND_SECTOR],
      })),
      relationTypeTerms: terms(RELATION_TYPE_TERMS),
      modeTerms: terms(MODE_TERMS),
      participationRoleTerms: terms(PARTICIPATION_ROLE_TERMS),
      engagementTerms: terms(ENGAGEMENT_TERMS),
      populationTerms: terms(POPULATION_TERMS),
      serviceTerms: terms(SERVICE_TERMS),
      fundingSourceTerms: terms(FUNDING_SOURCE_TERMS),
      fundingTermTerms: terms(FUNDING_TERM_TERMS),
      fundingFormTerms: terms(FUNDING_FORM_TERMS),
      languages: Object.entries(LANGUAGE_NAMES).map(([code, name]) => ({ code, name })),
      countries: Object.entries(COUNTRY_NAMES).map(([code, name]) => ({ code, name })),
    };
  }
}
