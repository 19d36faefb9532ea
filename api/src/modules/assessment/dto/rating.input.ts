import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A level for one item on one dimension, by key.' })
export class RatingInput {
  @Field()
  @MaxLength(100)
  itemKey: string;

  @Field(() => String, { nullable: true, description: 'Required when the framework has more than one dimension.' })
  @IsOptional()
  @MaxLength(100)
  dimensionKey?: string | null;

  @Field()
  @MaxLength(100)
  levelKey: string;
}

@InputType({ description: "The council's agreed level for an item, with an optional note that never leaves the council." })
export class AgreedRatingInput extends RatingInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  note?: string | null;
}
