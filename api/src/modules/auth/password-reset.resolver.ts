import { Mutation, Resolver } from 'type-graphql';

import { InputArg, RequestCtx } from '../../common/graphql/operations';
import type { RequestContext } from '../../common/request-context';

import { RequestPasswordResetInput, ResetPasswordInput } from './dto/password-reset.inputs';
import type { PasswordResetService } from './password-reset.service';

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly passwordResets: PasswordResetService) {}

  @Mutation(() => Boolean, {
    description:
      'Email a single-use password reset link if the address has an account. Always true: the answer never says whether it has one.',
  })
  async requestPasswordReset(
    @RequestCtx() request: RequestContext,
    @InputArg(RequestPasswordResetInput) { email }: RequestPasswordResetInput,
  ): Promise<boolean> {
    await this.passwordResets.request(request, email);
    return true;
  }

  @Mutation(() => Boolean, { description: "Set a new password with a reset link's token; ends every session of the account." })
  async resetPassword(@InputArg(ResetPasswordInput) { resetToken, password }: ResetPasswordInput): Promise<boolean> {
    await this.passwordResets.reset(resetToken, password);
    return true;
  }
}
