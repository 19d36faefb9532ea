import { IsEmail, Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

/** NCSC guidance: length beats composition rules; cap it so hashing cannot be made expensive. */
export const PASSWORD_LENGTH = { min: 12, max: 200 };

/** A password being chosen: its field, described in the schema, and the length rule (the common-password rule runs in the service). */
export function NewPasswordField(): PropertyDecorator {
  return (target, property) => {
    Field({ description: `At least ${PASSWORD_LENGTH.min} characters, and not a commonly used password.` })(target, property);
    Length(PASSWORD_LENGTH.min, PASSWORD_LENGTH.max, {
      message: `password must be ${PASSWORD_LENGTH.min} to ${PASSWORD_LENGTH.max} characters`,
    })(target, property as string);
  };
}

/** An email address (at most 254 characters, as the user table holds): refused as bad input otherwise. */
export function EmailField(): PropertyDecorator {
  return (target, property) => {
    MaxLength(254)(target, property as string);
    IsEmail({}, { message: 'email must be an email address' })(target, property as string);
    Field(() => String)(target, property);
  };
}

@InputType()
export class SignInInput {
  @EmailField()
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

  @NewPasswordField()
  password: string;
}
