import { Field, InputType } from 'type-graphql';
import type { Visibility } from '../../domain/vocabulary';
import { VisibilityEnum } from '../vocabulary/vocabulary.enums';

@InputType({ description: 'A theme of a workspace vocabulary.' })
export class ThemeInput {
  @Field(() => String, { description: 'kebab-case id, e.g. search-rescue.' })
  id!: string;

  @Field(() => String, { description: 'Label shown to people.' })
  label!: string;

  @Field(() => String, { description: 'What the theme covers.' })
  description!: string;
}

@InputType({ description: 'A new workspace.' })
export class WorkspaceInput {
  @Field(() => String, { description: 'Unique short name for URLs: lower-case letters, digits and hyphens.' })
  slug!: string;

  @Field(() => String, { description: 'Title, 1–200 characters.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'What the map covers.' })
  description?: string | null;

  @Field(() => VisibilityEnum, { nullable: true, description: 'Who may see it; PUBLIC by default.' })
  visibility?: Visibility;

  @Field(() => [ThemeInput], { nullable: true, description: 'Themes beyond the built-in ones.' })
  themes?: ThemeInput[];
}

@InputType({ description: 'Changes to a workspace’s settings; absent fields stay as they are.' })
export class WorkspacePatch {
  @Field(() => String, { nullable: true, description: 'Title, 1–200 characters.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'What the map covers (null clears it).' })
  description?: string | null;

  @Field(() => VisibilityEnum, { nullable: true, description: 'PUBLIC, or WORKSPACE for members only.' })
  visibility?: Visibility | null;
}
