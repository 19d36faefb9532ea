import { Float, ObjectType } from 'type-graphql';

import { FieldOf, FloatField, IntField, NullableField } from '../../../common/graphql/object-fields';
import { FrameworkSection, FrameworkTheme, RatingDimension } from '../../framework/index';

/** Fields shared by section and theme scores; type-graphql copies them into each subclass. */
@ObjectType('SubjectScore')
abstract class SubjectScore {
  @FieldOf(RatingDimension)
  dimension: RatingDimension;

  @NullableField(Float, "0–100: mean of the answered items (agreed rating, else participants' median); null when none was answered.")
  score: number | null;

  @IntField('Items answered (coverage numerator).')
  answered: number;

  @IntField('Items in the section or theme (coverage denominator).')
  total: number;

  @FloatField('answered / total, 0–1.')
  get coverage(): number {
    return this.total === 0 ? 0 : this.answered / this.total;
  }

  @NullableField(
    Float,
    'Disagreement between participants: the mean interquartile range of their scores on the answered items (0–100 points); null with fewer than two participants.',
  )
  spread: number | null;
}

@ObjectType({ description: "A section's score on one dimension, with coverage and spread." })
export class SectionScore extends SubjectScore {
  @FieldOf(FrameworkSection)
  section: FrameworkSection;
}

@ObjectType({ description: "A cross-cutting theme's score on one dimension." })
export class ThemeScore extends SubjectScore {
  @FieldOf(FrameworkTheme)
  theme: FrameworkTheme;
}
