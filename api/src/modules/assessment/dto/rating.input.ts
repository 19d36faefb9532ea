import { InputType } from 'type-graphql';

import { BoundedTextField, OptionalTextField } from '../../../common/graphql/input-fields';

/*
 * The fields are declared, not defined: an instance starts with no properties of its own. A defined
 * field starts as undefined, and type-graphql deletes each one the request left out (dimensionKey
 * wherever a framework has one dimension, note on most agreed ratings); a deletion turns the object
 * into a slow dictionary, and a submission's ~1,400 ratings were then twice as costly to convert,
 * validate and read.
 */

@InputType({ description: 'A level for one item on one dimension, by key.' })
export class RatingInput {
  @BoundedTextField(100)
  declare itemKey: string;

  @OptionalTextField(100, { description: 'Required when the framework has more than one dimension.' })
  declare dimensionKey?: string | null;

  @BoundedTextField(100)
  declare levelKey: string;
}

@InputType({ description: "The council's agreed level for an item, with an optional note that never leaves the council." })
export class AgreedRatingInput extends RatingInput {
  @OptionalTextField(4000)
  declare note?: string | null;
}
