import { ArgsType, InputType, ObjectType } from 'type-graphql';

import type { AdministrationAreas as Areas } from '../../../common/auth/access-policy';
import { graphqlEnum, type EnumValue } from '../../../common/register-enum';
import { IdField } from '../../../common/graphql/id-field';
import { BooleanField } from '../../../common/graphql/object-fields';

import { UserRoleInput } from './user-role.input';

@ArgsType()
export class UserIdArgs {
  @IdField()
  userId: string;
}

@InputType({ description: "Change a user's role. Council roles need the council; other roles belong to none." })
export class ChangeUserRoleInput extends UserRoleInput {
  @IdField()
  userId: string;
}

export const UserStatus = graphqlEnum(
  'UserStatus',
  ['invited', 'active', 'disabled'],
  'invited: has not yet set a password; active: can sign in; disabled: cannot sign in, and their sessions and API tokens do not work.',
);
export type UserStatus = EnumValue<typeof UserStatus>;

@ObjectType({ description: "The parts of the administration area a user's role may use." })
export class AdministrationAreas implements Areas {
  @BooleanField('Users: invite, change role, disable, end sessions (administrators).')
  users: boolean;

  @BooleanField("Councils' circumstances: PAS assigns its own; official ones are read-only (PAS and administrators).")
  councils: boolean;

  @BooleanField('Which councils share with PAS (PAS and administrators).')
  sharing: boolean;

  @BooleanField('Collaboration groups: create and invite councils (administrators).')
  groups: boolean;

  @BooleanField('Framework versions: upload, preview, publish (administrators).')
  frameworks: boolean;

  @BooleanField('The audit log (administrators).')
  audit: boolean;
}
