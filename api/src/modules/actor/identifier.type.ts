import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { IDENTIFIER_SCHEMES, type IdentifierScheme } from '../../domain/identifiers';

export const IdentifierSchemeEnum = Object.fromEntries(IDENTIFIER_SCHEMES.map((scheme) => [scheme, scheme])) as {
  [S in IdentifierScheme]: S;
};
registerEnumType(IdentifierSchemeEnum, {
  name: 'IdentifierScheme',
  description:
    'Register an identifier comes from: ORG_ID (IATI org-id, e.g. GB-CHC-202918), WIKIDATA (Q42), COMPANY_NUMBER, CHARITY_NUMBER, VAT (country prefix + number), LEI (20 characters, ISO 17442 check digits), OTHER.',
});

@ObjectType({ description: 'An identifier of an actor in an outside register.' })
export class ActorIdentifier {
  @Field(() => IdentifierSchemeEnum, { description: 'The register.' })
  scheme!: IdentifierScheme;

  @Field(() => String, { description: 'The value, as the register writes it.' })
  value!: string;
}

@InputType({ description: 'An identifier: its scheme and a value in that scheme’s format.' })
export class IdentifierInput {
  @Field(() => IdentifierSchemeEnum, { description: 'The register.' })
  scheme!: IdentifierScheme;

  @Field(() => String, { description: 'The value; checked against the scheme’s format.' })
  value!: string;
}

@ObjectType({ description: 'An alias with the language it is in.' })
export class LocalizedAlias {
  @Field(() => String, { description: 'The alias.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 language code (fr, el, ar…); null: not said.' })
  language!: string | null;
}

@InputType({ description: 'An alias and, optionally, its language.' })
export class LocalizedAliasInput {
  @Field(() => String, { description: 'The alias, 1–300 characters.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 language code (fr, el, ar…).' })
  language?: string | null;
}
