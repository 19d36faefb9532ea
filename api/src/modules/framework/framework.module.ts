import { defineModule, type ServiceDeps } from '../../common/module';
import type { AuditService } from '../audit/index';

import { Framework } from './framework.entity';
import { FRAMEWORK_ERROR_CLASSES } from './framework.errors';
import { FrameworkItem } from './framework-item.entity';
import { FrameworkResolver } from './framework.resolver';
import { FrameworkSection } from './framework-section.entity';
import { FrameworkService } from './framework.service';
import { FrameworkTheme } from './framework-theme.entity';
import { FrameworkAdministrationResolver } from './framework-administration.resolver';
import { FrameworkAdministrationService } from './framework-administration.service';
import { FRAMEWORK_ADMINISTRATION_ERROR_CLASSES } from './framework-administration.errors';
import { FrameworkUpload } from './framework-upload.entity';
import { RatingDimension } from './rating-dimension.entity';
import { RatingLevel } from './rating-level.entity';

/** Frameworks, their sections, items, themes and rating scales, loaded from content/. */
export const frameworkModule = defineModule({
  name: 'framework',
  entities: [Framework, FrameworkSection, FrameworkItem, FrameworkTheme, RatingDimension, RatingLevel, FrameworkUpload],
  createService: ({ dataSource, services }: ServiceDeps<{ audit: AuditService }>) => {
    const frameworks = new FrameworkService(dataSource);
    return Object.assign(frameworks, { administration: new FrameworkAdministrationService(dataSource, frameworks, services.audit) });
  },
  resolvers: [
    { resolver: FrameworkResolver, create: (services) => new FrameworkResolver(services.framework) },
    {
      resolver: FrameworkAdministrationResolver,
      create: (services) => new FrameworkAdministrationResolver(services.framework.administration, services.framework),
    },
  ],
  errorCodes: { ...FRAMEWORK_ERROR_CLASSES, ...FRAMEWORK_ADMINISTRATION_ERROR_CLASSES },
});
