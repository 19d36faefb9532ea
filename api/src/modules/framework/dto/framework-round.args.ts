import { ArgsType, Field } from 'type-graphql';

import { IsRound } from '../../../common/round';
import { BoundedTextField, OptionalTextField } from '../../../common/graphql/input-fields';

/** A framework version and a round: what every comparison is asked for. */
@ArgsType()
export class FrameworkRoundArgs {
  @BoundedTextField(100)
  frameworkKey: string;

  @OptionalTextField(40, { description: 'Defaults to the newest version. Comparisons never mix versions.' })
  frameworkVersion?: string | null;

  @Field()
  @IsRound()
  round: string;
}
