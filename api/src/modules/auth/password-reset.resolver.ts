import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import type { GraphQLContext } from '../../common/graphql/graphql-context';

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
    @Ctx() { request }: GraphQLContext,
    @Arg('input', () => RequestPasswordResetInput) input: RequestPasswordResetInput,
  ): Promise<boolean> {
    await this.passwordResets.request(request, input.email);
    return true;
  }

  @Mutation(() => Boolean, { description: "Set a new password with a reset link's token; ends every session of the account." })
  async resetPassword(@Arg('input', () => ResetPasswordInput) input: ResetPasswordInput): Promise<boolean> {
    await this.passwordResets.reset(input.resetToken, input.password);
    return true;
  }
}
