import { FieldResolver, Resolver, Root } from 'type-graphql';

import { CouncilCircumstance } from './council-circumstance.entity';
import { definesPeerGroup } from './peer-group-facts';

@Resolver(() => CouncilCircumstance)
export class CouncilCircumstanceResolver {
  @FieldResolver(() => Boolean, {
    description:
      'Whether this places the council in a peer group: official facts and PAS assignments do (a designation only when official); what a council declares of itself is context for the council only.',
  })
  definesPeerGroup(@Root() circumstance: CouncilCircumstance): boolean {
    return definesPeerGroup(circumstance.kind, circumstance.source);
  }
}
