import { ObjectType } from 'type-graphql';

import { FieldOf, FloatField, IntField, TextField } from '../../../common/graphql/object-fields';

/**
 * The numbers behind the plain-English page on how figures are computed and protected, read from
 * the code and configuration in force, so the page never states a rule the service does not apply.
 */
@ObjectType({ description: 'The rules in force for computing and protecting anonymised figures, for the page that explains them.' })
export class FigureRules {
  @IntField('Other councils (not counting the viewer) that must contribute before an anonymised figure is shown.')
  minOtherCouncils: number;

  @IntField('The fewest councils the service will ever publish a figure about, whatever is configured.')
  disclosureFloor: number;

  @TextField('The symbol shown in place of a withheld figure.')
  withheldSymbol: string;

  @FieldOf([String], 'The bands in which numbers of contributing councils are shown, smallest first.')
  contributorBands: string[];

  @FloatField("Within this many median absolute deviations of the peers' median, a score is 'broadly similar'.")
  madSimilar: number;

  @FloatField("Beyond madSimilar and up to this many MADs: 'slightly above' or 'slightly below'.")
  madSlightly: number;

  @FloatField("Beyond madSlightly and up to this many MADs: 'above' or 'below'; further is 'well above' or 'well below'.")
  madPlain: number;

  @IntField('From this many other councils, medians and quartiles are published as computed; below it, rounded.')
  preciseFiguresFrom: number;

  @IntField('Below preciseFiguresFrom, medians and quartiles are published to the nearest this many points.')
  smallGroupRounding: number;

  @IntField('The most rounds a comparison window may span (each council counted once, by its latest submission).')
  maxWindowRounds: number;
}
