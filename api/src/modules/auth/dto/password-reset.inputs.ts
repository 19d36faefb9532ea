import { Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';

import { EmailField, NewPasswordField } from './auth.inputs';

@InputType({ description: 'Ask for a password reset link by email.' })
export class RequestPasswordResetInput {
  @EmailField()
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
