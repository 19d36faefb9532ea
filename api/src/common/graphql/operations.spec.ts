import { printSchema } from 'graphql';
import { buildSchemaSync, type ResolverData, getMetadataStorage, InputType, Field, ObjectType, Resolver } from 'type-graphql';

import { authChecker } from '../auth/auth-checker';
import { UserRole } from '../auth/viewer';
import type { RequestContext } from '../request-context';

import type { GraphQLContext } from './graphql-context';
import { AuthorizedMutation, AuthorizedQuery, InputArg, RequestCtx } from './operations';

@ObjectType('SpecOperationsResult')
class SpecOperationsResult {
  @Field()
  requestId: string;
}

@InputType('SpecOperationsInput')
class SpecOperationsInput {
  @Field()
  name: string;
}

@Resolver()
class SpecOperationsResolver {
  @AuthorizedQuery(() => SpecOperationsResult, 'Who asked.')
  specWhoAsked(@RequestCtx() request: RequestContext): SpecOperationsResult {
    return { requestId: request.requestId };
  }

  @AuthorizedMutation(() => String, 'Echo the input.', [UserRole.ADMINISTRATOR])
  specEcho(@InputArg(SpecOperationsInput) input: SpecOperationsInput): string {
    return input.name;
  }
}

const storage = () => getMetadataStorage();
const authorizedRoles = (name: string) =>
  storage().authorizedFields.find((f) => f.target === SpecOperationsResolver && f.fieldName === name)?.roles;

describe('AuthorizedQuery and AuthorizedMutation', () => {
  it('should mark the operation @Authorized with its roles (none: any signed-in viewer)', () => {
    expect(authorizedRoles('specWhoAsked')).toEqual([]);
    expect(authorizedRoles('specEcho')).toEqual([UserRole.ADMINISTRATOR]);
  });

  it('should declare the operation with its description and an `input` argument', () => {
    const printed = printSchema(buildSchemaSync({ resolvers: [SpecOperationsResolver], validate: false, authChecker }));
    expect(printed).toContain('"""Who asked."""\n  specWhoAsked: SpecOperationsResult!');
    expect(printed).toContain('"""Echo the input."""\n  specEcho(input: SpecOperationsInput!): String!');
  });
});

describe('RequestCtx', () => {
  it("should hand the resolver the context's request", () => {
    const param = storage().params.find((p) => p.target === SpecOperationsResolver && p.methodName === 'specWhoAsked');
    if (param?.kind !== 'custom') throw new Error(`expected a custom parameter, got ${param?.kind}`);
    const request = { requestId: 'r-1' } as RequestContext;
    expect(param.resolver({ context: { request } } as ResolverData<GraphQLContext>)).toBe(request);
  });
});
