import { Resolver } from 'type-graphql';

import { AuthorizedQuery } from '../../common/graphql/operations';
import { MAX_WINDOW } from '../../common/round';

import type { BenchmarkService } from './benchmark.service';
import { bandCount, DISCLOSURE_FLOOR, effectiveThreshold, SUPPRESSED_SYMBOL } from './disclosure';
import { FigureRules } from './dto/figure-rules.type';
import { MAD_STEPS } from './position';
import { PRECISE_FIGURES_FROM, SMALL_GROUP_ROUNDING } from './small-numbers';

/** The largest count whose band the page lists; every band above it is open-ended. */
const LARGEST_BANDED_COUNT = 1000;

@Resolver(() => FigureRules)
export class FigureRulesResolver {
  constructor(private readonly benchmarkService: BenchmarkService) {}

  @AuthorizedQuery(() => FigureRules, 'The rules in force for computing and protecting anonymised figures.')
  figureRules(): FigureRules {
    const threshold = effectiveThreshold(this.benchmarkService.disclosurePolicy);
    // The bands as the disclosure module draws them, so the page lists exactly the ones a view can show.
    const bands = new Set<string>();
    for (let count = threshold; count <= LARGEST_BANDED_COUNT; count++) bands.add(bandCount(count, threshold));
    return Object.assign(new FigureRules(), {
      minOtherCouncils: threshold,
      disclosureFloor: DISCLOSURE_FLOOR,
      withheldSymbol: SUPPRESSED_SYMBOL,
      contributorBands: [...bands],
      madSimilar: MAD_STEPS.similar,
      madSlightly: MAD_STEPS.slightly,
      madPlain: MAD_STEPS.plain,
      preciseFiguresFrom: PRECISE_FIGURES_FROM,
      smallGroupRounding: SMALL_GROUP_ROUNDING,
      maxWindowRounds: MAX_WINDOW,
    });
  }
}
