import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description:
    'A civil-society actor that delivers services for, or is contracted by, a government actor, with no CONSULTS or ADVOCATES_TO tie with it and no tie at engagement CONSULT or above (PRODUCT.md §4.5).',
})
export class DeliveryWithoutVoice {
  @Field(() => ID, { description: 'The civil-society actor.' })
  civilSocietyActorId!: string;

  @Field(() => ID, { description: 'The government actor.' })
  governmentActorId!: string;

  @Field(() => [ID], {
    description: 'DELIVERS_SERVICES_FOR relations from the civil-society actor to the government actor.',
  })
  deliveryRelationIds!: string[];

  @Field(() => [ID], { description: 'CONTRACTS relations from the government actor to the civil-society actor.' })
  contractRelationIds!: string[];
}
