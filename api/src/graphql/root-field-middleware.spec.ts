import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';

import { useOnRootFields } from './root-field-middleware';

const SDL = `
  type Figure { key: String! value: Int! }
  type Query { figures: [Figure!]! greeting(name: String!): String! }
  type Mutation { rename(name: String!): String! }
`;

const figures = Array.from({ length: 50 }, (_, i) => ({ key: `k${i}`, value: i }));

function schemaWith(seen: string[], refuse?: string) {
  const schema = buildSchema(SDL);
  const query = schema.getQueryType()!.getFields();
  query.figures.resolve = () => figures;
  query.greeting.resolve = (_root, args: { name: string }) => `Hello ${args.name}`;
  schema.getMutationType()!.getFields().rename.resolve = (_root, args: { name: string }) => args.name.toUpperCase();
  return useOnRootFields<{ who: string }>(schema, ({ info, context }, next) => {
    seen.push(`${(info as GraphQLResolveInfo).fieldName}:${context.who}`);
    if ((info as GraphQLResolveInfo).fieldName === refuse) throw new Error(`No ${refuse} for you.`);
    return next();
  });
}

describe('useOnRootFields', () => {
  it('should run the middleware once per top-level field and never on nested fields', async () => {
    const seen: string[] = [];
    const result = await graphql({
      schema: schemaWith(seen),
      source: '{ figures { key value } greeting(name: "Ada") again: greeting(name: "Bo") }',
      contextValue: { who: 'lead' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ figures, greeting: 'Hello Ada', again: 'Hello Bo' });
    expect(seen).toEqual(['figures:lead', 'greeting:lead', 'greeting:lead']);
  });

  it('should run it on mutations too, and refuse the field when it throws', async () => {
    const seen: string[] = [];
    const schema = schemaWith(seen, 'rename');
    const result = await graphql({ schema, source: 'mutation { rename(name: "x") }', contextValue: { who: 'token' } });
    expect(result.errors?.map((e) => e.message)).toEqual(['No rename for you.']);
    expect(result.data).toBeNull();
    expect(seen).toEqual(['rename:token']);
  });

  it('should resolve fields without a resolver of their own as graphql-js would', async () => {
    const schema = useOnRootFields(buildSchema('type Query { plain: String }'), (_action, next) => next());
    expect(await graphql({ schema, source: '{ plain }', rootValue: { plain: 'as is' } })).toEqual({ data: { plain: 'as is' } });
  });
});
