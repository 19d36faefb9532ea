import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { ArgsType } from 'type-graphql';

import { IntField, NullableField } from '../../../common/graphql/object-fields';
import { DUE_SOON_DAYS } from '../plan-status';
import { IdField } from '../../../common/graphql/id-field';
import { GssCodeField } from '../../../common/graphql/input-fields';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@ArgsType()
export class ImprovementPlansArgs {
  @GssCodeField()
  councilGssCode: string;
}

@ArgsType()
export class PlanIdArgs {
  @IdField()
  planId: string;
}

@ArgsType()
export class PlanStatusViewArgs extends PlanIdArgs {
  @NullableField(String, 'The day the view is for (YYYY-MM-DD); defaults to today (UTC).')
  @IsOptional()
  @Matches(ISO_DATE, { message: 'asOf must be written YYYY-MM-DD' })
  asOf?: string | null;

  @IntField('How many days ahead count as "due soon".')
  @IsInt()
  @Min(1)
  @Max(366)
  dueSoonDays: number = DUE_SOON_DAYS;
}

@ArgsType()
export class PlanStatusSeriesArgs extends PlanIdArgs {
  @NullableField(String, 'First month (YYYY-MM-DD, any day of it); defaults to the month of the plan\u2019s earliest update or creation.')
  @IsOptional()
  @Matches(ISO_DATE, { message: 'from must be written YYYY-MM-DD' })
  from?: string | null;

  @NullableField(String, 'Last month; defaults to this month. At most 120 months are returned.')
  @IsOptional()
  @Matches(ISO_DATE, { message: 'to must be written YYYY-MM-DD' })
  to?: string | null;
}
