import { Args, ArgsType, Authorized, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';

import { GssCodeField } from '../../common/graphql/input-fields';
import { InputArg, RequestCtx } from '../../common/graphql/operations';
import type { RequestContext } from '../../common/request-context';

import { Council } from './council.entity';
import { CouncilCircumstance } from './council-circumstance.entity';
import type { CouncilService } from './council.service';
import { CircumstancesArgs, RecordCircumstanceInput, RemoveCircumstanceArgs } from './dto/circumstance.inputs';
import { CouncilsArgs } from './dto/councils.args';

@ArgsType()
class CouncilArgs {
  @GssCodeField()
  gssCode: string;
}

/** The reference list of authorities is public information, but the API serves only signed-in users. */
@Authorized()
@Resolver(() => Council)
export class CouncilResolver {
  constructor(private readonly councilService: CouncilService) {}

  @Query(() => [Council], { description: 'English local and planning authorities, by name.' })
  councils(@RequestCtx() request: RequestContext, @Args(() => CouncilsArgs) args: CouncilsArgs): Promise<Council[]> {
    return this.councilService.findAll(request, args);
  }

  @Query(() => Council)
  council(@RequestCtx() request: RequestContext, @Args(() => CouncilArgs) { gssCode }: CouncilArgs): Promise<Council> {
    return this.councilService.findByGssCodeOrThrow(request, gssCode);
  }

  @FieldResolver(() => [CouncilCircumstance], { description: 'Official, dated facts such as s62A designations.' })
  officialCircumstances(@Root() council: Council, @RequestCtx() request: RequestContext): Promise<CouncilCircumstance[]> {
    return this.councilService.loadOfficialCircumstances(request, council.id);
  }

  @Query(() => [CouncilCircumstance], {
    description: "A council's circumstances from every source (the council itself, PAS and administrators only).",
  })
  circumstances(
    @RequestCtx() request: RequestContext,
    @Args(() => CircumstancesArgs) args: CircumstancesArgs,
  ): Promise<CouncilCircumstance[]> {
    return this.councilService.circumstances(request, args);
  }

  @Mutation(() => CouncilCircumstance, {
    description:
      "Record a circumstance for a round: a lead self-declares its own council's, PAS assigns, an administrator records official facts.",
  })
  recordCircumstance(
    @RequestCtx() request: RequestContext,
    @InputArg(RecordCircumstanceInput) input: RecordCircumstanceInput,
  ): Promise<CouncilCircumstance> {
    return this.councilService.recordCircumstance(request, input);
  }

  @Mutation(() => Boolean, { description: 'Remove a circumstance you could have recorded.' })
  removeCircumstance(
    @RequestCtx() request: RequestContext,
    @Args(() => RemoveCircumstanceArgs) { id }: RemoveCircumstanceArgs,
  ): Promise<boolean> {
    return this.councilService.removeCircumstance(request, id);
  }
}
