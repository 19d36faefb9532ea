import { IsInt, Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';

import { FieldOf, IntField } from '../../../common/graphql/object-fields';
import { AuditEvent } from '../audit-event.entity';

export const MAX_AUDIT_PAGE = 100;

@ArgsType()
export class AuditEventsArgs {
  @Field(() => Int, { description: `Page size, at most ${MAX_AUDIT_PAGE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_AUDIT_PAGE)
  take: number = 25;

  @IntField('How many of the newest events to skip.')
  @IsInt()
  @Min(0)
  skip: number = 0;
}

@ObjectType({ description: 'A page of the audit log, newest first.' })
export class AuditEventPage {
  @FieldOf([AuditEvent])
  events: AuditEvent[];

  @IntField('How many events the log holds in all.')
  total: number;
}
