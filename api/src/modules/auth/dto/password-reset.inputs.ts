import { IsEmail, Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

import { PASSWORD_LENGTH } from './auth.inputs';

@InputType({ description: 'Ask for a password reset link by email.' })
export class RequestPasswordResetInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;
}

@InputType({ description: 'Choose a new password with the token from a reset link.' })
export class ResetPasswordInput {
  @Field({ description: 'The token after "#token=" in the emailed link.' })
  @Length(10, 200)
  resetToken: string;

  @Field({ description: `At least ${PASSWORD_LENGTH.min} characters, and not a commonly used password.` })
  @Length(PASSWORD_LENGTH.min, PASSWORD_LENGTH.max, {
    message: `password must be ${PASSWORD_LENGTH.min} to ${PASSWORD_LENGTH.max} characters`,
  })
  password: string;
}
