import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';

import type { GraphQLContext } from '../../common/graphql/graphql-context';

import { ApiToken } from './api-token.entity';
import type { ApiTokenService } from './api-token.service';
import { CreateApiTokenInput, RevokeApiTokenArgs } from './dto/api-token.inputs';
import { CreatedApiToken } from './dto/api-token.results';

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  constructor(private readonly tokens: ApiTokenService) {}

  @Authorized()
  @Query(() => [ApiToken], { description: "The signed-in user's API tokens." })
  apiTokens(@Ctx() { request }: GraphQLContext): Promise<ApiToken[]> {
    return this.tokens.list(request);
  }

  @Authorized()
  @Mutation(() => CreatedApiToken, {
    description: 'Create an API token with scopes and an expiry. Only a signed-in session can: no token creates a token.',
  })
  async createApiToken(
    @Ctx() { request }: GraphQLContext,
    @Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput,
  ): Promise<CreatedApiToken> {
    return Object.assign(new CreatedApiToken(), await this.tokens.create(request, input));
  }

  @Authorized()
  @Mutation(() => ApiToken, { description: 'Revoke an API token, and every token and invitation made with it; they stop working at once.' })
  revokeApiToken(@Ctx() { request }: GraphQLContext, @Args(() => RevokeApiTokenArgs) { id }: RevokeApiTokenArgs): Promise<ApiToken> {
    return this.tokens.revoke(request, id);
  }
}
