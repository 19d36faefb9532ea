import type { GraphQLErrorClass } from '../../common/errors/domain-error';
import { defineModule, type ServiceDeps } from '../../common/module';

import { Framework } from './framework.entity';
import { FrameworkErrorCode } from './framework.errors';
import { FrameworkItem } from './framework-item.entity';
import { FrameworkResolver } from './framework.resolver';
import { FrameworkSection } from './framework-section.entity';
import { FrameworkService } from './framework.service';
import { FrameworkTheme } from './framework-theme.entity';
import { RatingDimension } from './rating-dimension.entity';
import { RatingLevel } from './rating-level.entity';

/** Frameworks, their sections, items, themes and rating scales, loaded from content/. */
export const frameworkModule = defineModule({
  name: 'framework',
  entities: [Framework, FrameworkSection, FrameworkItem, FrameworkTheme, RatingDimension, RatingLevel],
  createService: ({ dataSource }: ServiceDeps<unknown>) => new FrameworkService(dataSource),
  resolvers: [{ resolver: FrameworkResolver, create: (services) => new FrameworkResolver(services.framework) }],
  errorCodes: {
    [FrameworkErrorCode.FRAMEWORK_NOT_FOUND]: 'NOT_FOUND',
    [FrameworkErrorCode.FRAMEWORK_NOT_RATED]: 'BAD_USER_INPUT',
    [FrameworkErrorCode.FRAMEWORK_VERSION_CHANGED]: 'INTERNAL_SERVER_ERROR',
  } satisfies Record<FrameworkErrorCode, GraphQLErrorClass>,
});
