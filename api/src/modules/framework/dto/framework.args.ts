import { ArgsType } from 'type-graphql';

import { BoundedTextField, OptionalTextField } from '../../../common/graphql/input-fields';
import { BooleanField } from '../../../common/graphql/object-fields';

@ArgsType()
export class FrameworksArgs {
  @BooleanField('Only the newest version of each framework (default), or every version.')
  latestOnly: boolean = true;
}

@ArgsType()
export class FrameworkArgs {
  @BoundedTextField(100)
  key: string;

  @OptionalTextField(40, { description: 'Defaults to the newest version.' })
  version?: string | null;
}
