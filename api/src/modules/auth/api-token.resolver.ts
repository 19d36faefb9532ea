import { Args, Authorized, Mutation, Query, Resolver } from 'type-graphql';

import { InputArg, RequestCtx } from '../../common/graphql/operations';
import type { RequestContext } from '../../common/request-context';

import { ApiToken } from './api-token.entity';
import type { ApiTokenService } from './api-token.service';
import { CreateApiTokenInput, RevokeApiTokenArgs } from './dto/api-token.inputs';
import { CreatedApiToken } from './dto/api-token.results';

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  constructor(private readonly tokens: ApiTokenService) {}

  @Authorized()
  @Query(() => [ApiToken], { description: "The signed-in user's API tokens." })
  apiTokens(@RequestCtx() request: RequestContext): Promise<ApiToken[]> {
    return this.tokens.list(request);
  }

  @Authorized()
  @Mutation(() => CreatedApiToken, {
    description: 'Create an API token with scopes and an expiry. Only a signed-in session can: no token creates a token.',
  })
  async createApiToken(
    @RequestCtx() request: RequestContext,
    @InputArg(CreateApiTokenInput) input: CreateApiTokenInput,
  ): Promise<CreatedApiToken> {
    return Object.assign(new CreatedApiToken(), await this.tokens.create(request, input));
  }

  @Authorized()
  @Mutation(() => ApiToken, { description: 'Revoke an API token, and every token and invitation made with it; they stop working at once.' })
  revokeApiToken(@RequestCtx() request: RequestContext, @Args(() => RevokeApiTokenArgs) { id }: RevokeApiTokenArgs): Promise<ApiToken> {
    return this.tokens.revoke(request, id);
  }
}
