import { IsEmail, Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

import { NewPasswordField } from './auth.inputs';

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

  @NewPasswordField()
  password: string;
}
