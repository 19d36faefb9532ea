import { Matches } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import type { GraphQLContext } from '../../graphql/context';

import { Council } from './council.entity';
import { CouncilCircumstance } from './council-circumstance.entity';
import type { CouncilService } from './council.service';
import { CouncilsArgs } from './dto/councils.args';

@ArgsType()
class CouncilArgs {
  @Field()
  @Matches(/^E\d{8}$/, { message: 'gssCode must be an English GSS code such as E07000034' })
  gssCode: string;
}

/** The reference list of authorities is public information, but the API serves only signed-in users. */
@Authorized()
@Resolver(() => Council)
export class CouncilResolver {
  constructor(private readonly councilService: CouncilService) {}

  @Query(() => [Council], { description: 'English local and planning authorities, by name.' })
  councils(@Ctx() { request }: GraphQLContext, @Args(() => CouncilsArgs) args: CouncilsArgs): Promise<Council[]> {
    return this.councilService.findAll(request, args);
  }

  @Query(() => Council)
  council(@Ctx() { request }: GraphQLContext, @Args(() => CouncilArgs) { gssCode }: CouncilArgs): Promise<Council> {
    return this.councilService.findByGssCodeOrThrow(request, gssCode);
  }

  @FieldResolver(() => [CouncilCircumstance], { description: 'Official, dated facts such as s62A designations.' })
  officialCircumstances(@Root() council: Council, @Ctx() { loaders }: GraphQLContext): Promise<CouncilCircumstance[]> {
    return loaders.officialCircumstances.load(council.id);
  }
}
