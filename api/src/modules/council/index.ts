/** The council module's public surface: what other modules, the composition root, scripts and tests may use. */
export { Council, CouncilType } from './council.entity';
export { CircumstanceKind, CircumstanceSource, CouncilCircumstance } from './council-circumstance.entity';
export { councilModule } from './council.module';
export { councilFactsVersionRead } from './council-facts-version';
export { loadReferenceData } from './council-reference.loader';
export { type CouncilFacts, CouncilService } from './council.service';
