import { IsEmail, IsUUID, Length, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';

/** NCSC guidance: length beats composition rules; cap it so hashing cannot be made expensive. */
export const PASSWORD_LENGTH = { min: 12, max: 200 };

@InputType()
export class SignInInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @Field()
  @Length(1, PASSWORD_LENGTH.max)
  password: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @Length(10, 200)
  invitationToken: string;

  @Field({ description: `At least ${PASSWORD_LENGTH.min} characters, and not a commonly used password.` })
  @Length(PASSWORD_LENGTH.min, PASSWORD_LENGTH.max, {
    message: `password must be ${PASSWORD_LENGTH.min} to ${PASSWORD_LENGTH.max} characters`,
  })
  password: string;
}

@InputType()
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for.' })
  @Length(1, 100)
  name: string;
}

@ArgsType()
export class RevokeApiTokenArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}
