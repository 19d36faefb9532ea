/** The framework module's public surface: what other modules, the composition root, scripts and tests may use. */
export { CONTENT_DIR, loadFrameworkContent, type LoadedFramework } from './content/framework-content.loader';
export { FrameworkRoundArgs } from './dto/framework-round.args';
export { importFrameworks } from './framework-content.importer';
export { Framework, FrameworkKind } from './framework.entity';
export { FrameworkItem } from './framework-item.entity';
export { frameworkModule } from './framework.module';
export { FrameworkSection } from './framework-section.entity';
export { FrameworkIndex, FrameworkService } from './framework.service';
export { FrameworkTheme } from './framework-theme.entity';
export { RatingDimension } from './rating-dimension.entity';
export { RatingLevel } from './rating-level.entity';
