import { Args, Authorized, Query, Resolver } from 'type-graphql';

import { FrameworkArgs, FrameworksArgs } from './dto/framework.args';
import { Framework } from './framework.entity';
import type { FrameworkService } from './framework.service';

@Authorized()
@Resolver(() => Framework)
export class FrameworkResolver {
  constructor(private readonly frameworkService: FrameworkService) {}

  @Query(() => [Framework], { description: 'Loaded frameworks and plan templates, with their sections, items, themes and scales.' })
  frameworks(@Args(() => FrameworksArgs) { latestOnly }: FrameworksArgs): Promise<Framework[]> {
    return latestOnly ? this.frameworkService.findLatest() : this.frameworkService.findAll();
  }

  @Query(() => Framework, { description: 'One framework version (the newest when version is omitted).' })
  framework(@Args(() => FrameworkArgs) { key, version }: FrameworkArgs): Promise<Framework> {
    return this.frameworkService.findOneOrThrow(key, version);
  }
}
